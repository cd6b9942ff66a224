package org.hasila.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hasila.timeline.TimelinePagesTest.KILLED;
import static org.hasila.timeline.TimelinePagesTest.PROSECUTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A figure's status is shown wherever the figure is: chart, legend's key, table, comparison, JSON, conflict page. */
@QuarkusTest
class StatusShownTest {

    @Inject
    Database database;

    long disputed;

    @BeforeEach
    void seedArticleWithADisputedFigure() {
        Api.onlyTheSeedArticle(database);
        disputed = database.claimId(PROSECUTOR, 47);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/claims/" + disputed, "/review/claims/" + disputed + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?")).statusCode());
    }

    @Test
    void everyPointOfTheJsonCarriesItsStatus() {
        given().get("/api/v1/timeline?" + KILLED).then().statusCode(200)
                .body("series[0].points.status", equalTo(List.of("reported", "disputed")),
                        "series[0].latest.status", equalTo("disputed"),
                        "comparison.latest[0].point.status", equalTo("disputed"));
        String csv = given().get("/timelines/data.csv?" + KILLED).then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].endsWith(",\"status\""), lines[0]);
        assertTrue(lines[1].endsWith(",\"reported\""), lines[1]);
        assertTrue(lines[2].endsWith(",\"disputed\""), lines[2]);
    }

    @Test
    void theChartDrawsADisputedFigureHollowAndDashedAndItsKeySaysSo() {
        for (String language : List.of("en", "ar")) {
            String svg = given().get("/timelines/chart.svg?" + KILLED + "&lang=" + language).then().statusCode(200)
                    .extract().asString();
            assertEquals(2, svg.split("class=\"disputed\"", -1).length - 1, "the point and the key's sample: " + svg);
            assertTrue(svg.contains("fill=\"#ffffff\" stroke=\"#0072B2\" stroke-width=\"2\" stroke-dasharray=\"3 2\""),
                    svg);
            assertTrue(svg.contains(language.equals("en") ? "disputed figure" : "رقم موضع خلاف"), svg);
            assertTrue(!svg.contains("corroborated figure") && !svg.contains("رقم مدعوم بمصادر أخرى"),
                    "the key names only the statuses drawn");
        }
    }

    @Test
    void theTableAndTheComparisonNameTheStatus() {
        String page = given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("<th scope=\"col\">Status</th>"))
                .body(containsString(
                        "<strong>47</strong> (16 October 2020) <span class=\"badge\">the side&#39;s own figure</span> "
                                + "<span class=\"badge status-disputed\">disputed</span>"))
                .body(containsString("Azerbaijan itself reported 47 on 16 October 2020 (disputed)."))
                .extract().asString();
        assertTrue(page.contains("<td><span class=\"badge status-disputed\">disputed</span></td>"), page);
        assertTrue(page.contains("<td>reported</td>"), "the 46 is reported");
        given().get("/timelines?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString("<th scope=\"col\">الحالة</th>"))
                .body(containsString("<span class=\"badge status-disputed\">موضع خلاف</span>"));
    }

    @Test
    void whoSaysWhatNamesADisputedLatestFigure() {
        given().get("/conflicts/2020-nagorno-karabakh-war?lang=en").then().statusCode(200)
                .body(containsString("<span dir=\"ltr\">47</span> <span class=\"badge status-disputed\">disputed</span>"));
    }

    @Test
    void corroboratedFiguresAreMarkedAndRetractedStayListedUndrawn() {
        long earlier = database.claimId(PROSECUTOR, 46);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.submit("/claims/" + earlier, "/review/claims/" + earlier + "/status",
                Map.of("status", "corroborated", "reason", "The health ministry's count agrees.", "back", "?"));
        String svg = given().get("/timelines/chart.svg?" + KILLED + "&lang=en").then().extract().asString();
        assertEquals(2, svg.split("class=\"corroborated\"", -1).length - 1, svg);
        assertTrue(svg.contains("corroborated figure"), svg);
        given().get("/timelines?" + KILLED + "&lang=en").then()
                .body(containsString("<td><span class=\"badge status-corroborated\">corroborated</span></td>"));
        editor.submit("/claims/" + disputed, "/review/claims/" + disputed + "/status",
                Map.of("status", "retracted", "reason", "The office withdrew it.", "back", "?"));
        given().get("/api/v1/timeline?" + KILLED).then().body("series[0].points.status", equalTo(List.of("corroborated")),
                "retracted", hasSize(1), "retracted[0].status", equalTo("retracted"));
        given().get("/timelines/chart.svg?" + KILLED + "&lang=en").then()
                .body(not(containsString("class=\"disputed\"")));
    }
}
