package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever a reader puts in a URL, filters and paths alike, the answer is a page or JSON, never a 5xx or raw markup. */
@QuarkusTest
class HostileUrlTest {

    static final List<String> HOSTILE = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE claim; --", "{msg:app_name} {#include layout/} ${7*7}", "ثم نفس سقطت وبالتحديد",
            "\u202Eevil\u202C", "../../../etc/passwd", "%00", "-1", "99999999999999999999", "2020-02-30",
            "a".repeat(2000), "👩‍👩‍👧‍👦");

    static final List<String> FILTERS = List.of("conflict", "claimant", "subject_side", "claimant_side", "category",
            "status", "from", "to", "after", "lang");

    @Inject
    Database database;

    @BeforeEach
    void seedArticle() {
        ReaderData.load(database);
    }

    @Test
    void everyFilterOfTheListAndTheApiTakesAnything() {
        for (String hostile : HOSTILE) {
            for (String filter : FILTERS) {
                Response page = given().queryParam(filter, hostile).get("/claims");
                assertTrue(page.statusCode() == 200 || page.statusCode() == 400,
                        filter + "=" + hostile + ": " + page.statusCode());
                assertSafe(page.asString(), filter + "=" + hostile);
                Response api = given().queryParam(filter, hostile).get("/api/v1/claims");
                assertTrue(api.statusCode() == 200 || api.statusCode() == 400, "api " + filter + "=" + hostile);
                assertTrue(api.contentType().startsWith("application/json"), "api " + filter + "=" + hostile);
            }
            Response timeline = given().queryParam("conflict", hostile).queryParam("category", "civilians-killed")
                    .queryParam("subject", "Azerbaijan").get("/timelines");
            assertTrue(timeline.statusCode() == 400, "timeline " + hostile + ": " + timeline.statusCode());
            assertSafe(timeline.asString(), "timeline " + hostile);
        }
    }

    @Test
    void everyPathTakesAnything() {
        for (String hostile : HOSTILE) {
            for (String prefix : List.of("/conflicts/", "/claimants/", "/sources/", "/claims/", "/api/v1/claims/")) {
                String segment = java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
                Response page = given().urlEncodingEnabled(false).get(prefix + segment);
                assertTrue(page.statusCode() == 404 || page.statusCode() == 400, prefix + hostile + ": " + page.statusCode());
                assertSafe(page.asString(), prefix + hostile);
            }
        }
    }

    @Test
    void answersSayTheirTypeForGood() {
        given().get("/claims").then().header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/claims").then().header("X-Content-Type-Options", "nosniff");
    }

    private static void assertSafe(String body, String what) {
        assertFalse(body.contains("<script>alert"), "raw markup: " + what);
        assertFalse(body.contains("<img src=x"), "raw markup: " + what);
        assertFalse(body.contains("Hasila layout"), "a template expression was evaluated: " + what);
        assertFalse(body.contains("Exception"), "a stack trace: " + what);
    }
}
