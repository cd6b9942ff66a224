package org.hasila.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What several instances behind a balancer need of each one (docs/deployment.md). */
@QuarkusTest
class SeveralInstancesTest {

    /** Readiness carries the check that goes DOWN when a stop begins, so the balancer stops sending before it ends. */
    @Test
    void readinessGoesDownWhenAStopBegins() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.findAll { it.name == 'Graceful Shutdown' }.status", hasItem("UP"));
    }

    /** The test profile names its instance; every line of its log carries the name. */
    @Test
    void everyLogLineNamesItsInstance() throws Exception {
        String start = Files.readAllLines(Path.of("target/quarkus-test.log")).stream()
                .filter(line -> line.contains("Installed features")).reduce((first, last) -> last).orElseThrow();
        assertTrue(start.contains("[test-instance]"), start);
    }
}
