package org.hasila.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hasila.register.conflict.Conflict;
import org.jboss.logging.Logger;

/**
 * A new instance (no conflict stored yet) starts with the seed article's fourteen claims and thirty reports of the
 * same war by both sides, published, with the Arabic names the article uses: its first screen is not empty, and its
 * timelines compare the parties' figures. HASILA_DEMO_DATA=false starts an empty instance.
 */
@ApplicationScoped
class DemoData {

    static final List<String> FILES = List.of("demo/karabakh-2020-aljazeera-mubasher-ar.csv",
            "demo/karabakh-2020-comparisons-ar.csv");
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "hasila.demo-data")
    boolean enabled;

    @Inject
    ClaimImporter importer;

    void onStart(@Observes @Priority(20) StartupEvent event) throws IOException {
        if (enabled && QuarkusTransaction.requiringNew().call(() -> Conflict.count()) == 0) {
            load();
        }
    }

    /** Imports the seed article and the comparisons, published. */
    public void load() throws IOException {
        for (String file : FILES) {
            try (InputStream seed = DemoData.class.getClassLoader().getResourceAsStream(file)) {
                ImportReport report = importer.importCsv(seed, new ImportOptions(false, true, "demo",
                        file.substring(file.lastIndexOf('/') + 1)));
                if (!report.ok()) {
                    throw new IllegalStateException("The demo data does not import: " + report.problems());
                }
                LOG.infof("Loaded the demo data: %d claims from %s", report.claimsCreated(), file);
            }
        }
    }
}
