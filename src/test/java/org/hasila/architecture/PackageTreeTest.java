package org.hasila.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Hasila's packages form a tree (docs/architecture.md): shared basics at the bottom, the register above them,
 * features above the register, the reader's site and the API on top. Each layer uses only those below it.
 */
class PackageTreeTest {

    private static final JavaClasses HASILA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.hasila");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.hasila.(*)..").should().beFreeOfCycles().check(HASILA);
    }

    @Test
    void eachLayerUsesOnlyThoseBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("kernel").definedBy("org.hasila.kernel..")
                .layer("web").definedBy("org.hasila.web..")
                .layer("register").definedBy("org.hasila.register..")
                .layer("extraction").definedBy("org.hasila.extraction..")
                .layer("account").definedBy("org.hasila.account..")
                .layer("timeline").definedBy("org.hasila.timeline..")
                .layer("review").definedBy("org.hasila.review..")
                .layer("reader").definedBy("org.hasila.reader..")
                .layer("interchange").definedBy("org.hasila.interchange..")
                .layer("desk").definedBy("org.hasila.desk..")
                .layer("site").definedBy("org.hasila.site..")
                .layer("api").definedBy("org.hasila.api..")
                .whereLayer("kernel").mayNotAccessAnyLayer()
                .whereLayer("web").mayOnlyAccessLayers("kernel")
                .whereLayer("register").mayOnlyAccessLayers("kernel", "web")
                .whereLayer("extraction").mayOnlyAccessLayers("kernel", "web", "register")
                .whereLayer("account").mayOnlyAccessLayers("kernel", "web")
                .whereLayer("timeline").mayOnlyAccessLayers("kernel", "web", "register", "account")
                .whereLayer("review").mayOnlyAccessLayers("kernel", "web", "register", "account")
                .whereLayer("reader").mayOnlyAccessLayers("kernel", "web", "register", "account", "timeline", "review")
                .whereLayer("interchange").mayOnlyAccessLayers("kernel", "web", "register", "account", "review")
                .whereLayer("desk").mayOnlyAccessLayers("kernel", "web", "register", "account", "review", "reader",
                        "interchange", "extraction")
                .whereLayer("site").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .check(HASILA);
    }
}
