package org.hasila.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read API over HTTP: every endpoint, its filters, pages, errors, CORS, and that drafts never show. */
@QuarkusTest
class ReadApiTest {

    static final String HIDDEN = "ZQXapi";

    /** Quarkus' management port in tests (9000 in production). */
    static final int MANAGEMENT_PORT = 9001;

    @Inject
    Database database;

    @BeforeEach
    void seedArticleAndDrafts() {
        Api.onlyTheSeedArticle(database);
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Draft claimant " + HIDDEN)
                .replace("Al Jazeera Mubasher", "Draft outlet " + HIDDEN)), "").statusCode(201);
    }

    @Test
    void everyReadAnswersJsonWithoutADraft() {
        for (String path : List.of("/api/v1/conflicts", "/api/v1/parties", "/api/v1/claimants", "/api/v1/categories",
                "/api/v1/claims", "/api/v1/timelines", "/api/v1/claims.json", "/api/v1/claims.csv",
                "/api/v1/timeline?conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan")) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains(HIDDEN), path + " shows a draft");
        }
        long draft = database.claimId("Draft claimant " + HIDDEN, 47);
        given().get("/api/v1/claims/" + draft).then().statusCode(404).contentType("application/json")
                .body("message", equalTo("No published claim has the id " + draft));
    }

    @Test
    void theNamesOfTheRegister() {
        given().get("/api/v1/conflicts").then().statusCode(200)
                .body("", hasSize(1), "[0].name", equalTo("2020 Nagorno-Karabakh war"),
                        "[0].slug", equalTo("2020-nagorno-karabakh-war"), "[0].claims", equalTo(14),
                        "[0].first_as_of", equalTo("2020-09-27"), "[0].last_as_of", equalTo("2020-10-16"));
        given().get("/api/v1/parties").then()
                .body("name", equalTo(List.of("Armenia", "Azerbaijan")), "claims_about", equalTo(List.of(7, 7)),
                        "claims_by", equalTo(List.of(0, 14)));
        given().get("/api/v1/claimants").then()
                .body("name",
                        equalTo(List.of("Ministry of Defence of Azerbaijan", "Prosecutor General's Office of Azerbaijan")),
                        "claimant_side", equalTo(List.of("Azerbaijan", "Azerbaijan")), "claims", equalTo(List.of(7, 7)),
                        "disputed", equalTo(List.of(0, 0)), "id", org.hamcrest.Matchers.everyItem(notNullValue()));
        given().get("/api/v1/categories").then().body("", hasSize(13), "[0].slug", equalTo("civilians-killed"),
                "[0].name_ar", equalTo("قتلى مدنيون"));
        given().get("/api/v1/timelines").then().body("", hasSize(6),
                "find { it.category == 'civilians-killed' }.href",
                equalTo("/api/v1/timeline?conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan"));
        given().get("/api/v1/timelines?conflict=Atlantis").then().statusCode(400).body("message", containsString("Atlantis"));
    }

    @Test
    void claimsComeWithTheirSourcesAndQuotesInTheFieldsOfClaimsCsv() {
        long id = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        given().get("/api/v1/claims/" + id).then().statusCode(200)
                .body("id", equalTo((int) id), "conflict", equalTo("2020 Nagorno-Karabakh war"),
                        "claimant_side", equalTo("Azerbaijan"), "subject_side", equalTo("Azerbaijan"),
                        "caused_by", equalTo("Armenia"), "qualifier", equalTo("exact"), "value", equalTo(47),
                        "period_end", equalTo("2020-10-16"), "status", equalTo("reported"),
                        "sources", hasSize(1), "sources[0].language", equalTo("ar"),
                        "sources[0].quote", containsString("47"), "sources[0].translation", notNullValue());
        given().get("/api/v1/claims?claimant=Prosecutor General's Office of Azerbaijan&category=civilians-killed").then()
                .body("claims.value", equalTo(List.of(46, 47)), "next_cursor", nullValue(), "next", nullValue());
        given().get("/api/v1/claims?subject_side=Armenia&status=reported").then().body("claims", hasSize(7));
        given().get("/api/v1/claims?to=2020-10-15").then().body("claims", hasSize(0));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeatsNewestFirst() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(i % 40);
            rows.add(Api.row().replace(",47,", "," + (1000 + i) + ",").replace("2020-10-16,exact,2020-10-16",
                    day + ",exact," + day));
        }
        Api.importCsv(Api.csv(rows.toArray(String[]::new)), "?publish=true").statusCode(201);
        Set<Integer> ids = new LinkedHashSet<>();
        List<String> days = new ArrayList<>();
        String next = "/api/v1/claims?conflict=2020-nagorno-karabakh-war";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            List<Integer> found = page.getList("claims.id");
            assertTrue(found.size() <= 50);
            found.forEach(claim -> assertTrue(ids.add(claim), "repeated: " + claim));
            days.addAll(page.getList("claims.period_end"));
            next = page.getString("next");
            pages++;
        }
        assertEquals(134, ids.size());
        assertEquals(3, pages);
        List<String> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, days, "newest as-of date first");
    }

    @Test
    void badParametersAreA400WithTheReason() {
        given().get("/api/v1/claims?from=2020-13-01").then().statusCode(400).contentType("application/json")
                .body("message", equalTo("“2020-13-01” is not a date written YYYY-MM-DD."));
        given().get("/api/v1/claims?status=lost&claimant=Nobody").then().statusCode(400)
                .body("message", containsString("No claimant is called “Nobody”."))
                .body("message", containsString("“lost” is not a status"));
        given().get("/api/v1/claims?after=2020-10-16").then().statusCode(400).body("message", containsString("not a page"));
        given().get("/api/v1/claims/abc").then().statusCode(404).contentType("application/json").body("message",
                notNullValue());
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/json");
        given().delete("/api/v1/conflicts").then().statusCode(405).contentType("application/json")
                .body("message", equalTo("Method Not Allowed"));
        given().get("/api/v1/timeline?conflict=2020-nagorno-karabakh-war").then().statusCode(400).body("message",
                notNullValue());
    }

    @Test
    void otherSitesMayReadButNotWrite() {
        given().header("Origin", "https://newsroom.example").get("/api/v1/conflicts").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://newsroom.example")
                .header("Access-Control-Allow-Credentials", not("true"));
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/claims").then().statusCode(200)
                .header("Access-Control-Allow-Methods", containsString("GET"));
        // A write from another site without credentials is refused
        given().header("Origin", "https://newsroom.example").contentType("text/csv").body(Api.csv(Api.row()))
                .post("/api/v1/claims/import").then().statusCode(401);
    }

    @Test
    void theApiIsDocumentedAndHealthy() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Hasila API"),
                        "paths.keySet()", hasItem("/api/v1/claims"), "paths.keySet()", hasItem("/api/v1/conflicts"),
                        "paths.keySet()", hasItem("/api/v1/timeline"), "paths.keySet()", not(hasItem("/desk")),
                        "paths.'/api/v1/claims'.get.parameters.name", hasItem("subject_side"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/conflicts").then().statusCode(200);
        given().get("/api").then().statusCode(200).body(containsString("href=\"/q/swagger-ui\""));
    }

    /** Metrics list every route with its counts: readers must not see them, the management port serves them. */
    @Test
    void metricsAreServedOnTheManagementPortOnly() {
        given().get("/api/v1/conflicts").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);
        given().port(MANAGEMENT_PORT).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
