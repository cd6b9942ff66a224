package org.hasila.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Once the server listens, asks it for the readers' pages built from all published claims (first screen, lists,
 * register, sitemap, each conflict), so that they are computed before the first reader comes: at a million claims
 * each takes seconds (docs/performance.md). Off with {@code HASILA_WARM_UP=false}.
 */
@ApplicationScoped
class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);
    private static final List<String> PAGES = List.of("/", "/claims", "/timelines", "/api/v1/parties",
            "/api/v1/claimants", "/api/v1/timelines", "/sitemap.xml");

    @ConfigProperty(name = "hasila.warm-up", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    void warm(@Observes StartupEvent start, ManagedExecutor executor, ObjectMapper json) {
        if (!enabled) {
            return;
        }
        String base = "http://localhost:" + port;
        executor.runAsync(() -> {
            long began = System.nanoTime();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            try {
                awaitListening(client, base);
                List<String> pages = new ArrayList<>(PAGES);
                JsonNode conflicts = json.readTree(get(client, base + "/api/v1/conflicts"));
                conflicts.forEach(conflict -> pages.add("/conflicts/" + conflict.get("slug").asText()));
                for (String page : pages) {
                    get(client, base + page);
                }
                LOG.infof("Readers' summaries computed in %d ms", (System.nanoTime() - began) / 1_000_000);
            } catch (Exception e) {
                LOG.warnf("Readers' summaries were not computed ahead: %s", e.toString());
            }
        });
    }

    /** The startup event comes before the server listens. */
    private static void awaitListening(HttpClient client, String base) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            try {
                get(client, base + "/q/health/live");
                return;
            } catch (java.net.ConnectException e) {
                Thread.sleep(100);
            }
        }
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
