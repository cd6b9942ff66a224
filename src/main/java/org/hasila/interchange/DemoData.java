package org.hasila.interchange;

import java.io.IOException;
import java.io.InputStream;

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
 * A new instance (no conflict stored yet) starts with the seed article's fourteen claims, published, so its
 * first screen is not empty. HASILA_DEMO_DATA=false starts an empty instance.
 */
@ApplicationScoped
class DemoData {

    static final String SEED_ARTICLE = "demo/karabakh-2020-aljazeera-mubasher.csv";
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

    /** Imports the seed article, published. */
    public void load() throws IOException {
        try (InputStream seed = DemoData.class.getClassLoader().getResourceAsStream(SEED_ARTICLE)) {
            ImportReport report = importer.importCsv(seed, new ImportOptions(false, true, "demo"));
            if (!report.ok()) {
                throw new IllegalStateException("The demo data does not import: " + report.problems());
            }
            LOG.infof("Loaded the demo data: %d claims from the seed article", report.claimsCreated());
        }
    }
}
