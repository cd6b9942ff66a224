package org.hasila.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The comparison by party, on real reports of both sides of the 2020 war: what the other side claims against what the
 * side itself reports, each figure with its date, older claims marked, monitors apart.
 */
@QuarkusTest
class SidesComparisonTest {

    static final String SOLDIERS_OF_AZERBAIJAN = "conflict=2020-nagorno-karabakh-war&category=soldiers-killed&subject=Azerbaijan";

    @Inject
    Database database;

    @BeforeEach
    void bothSidesReports() {
        database.emptyClaimsRegister();
        Api.importCsv(Fixtures.karabakhComparisons(), "?publish=true").statusCode(201);
    }

    @Test
    void theOtherSideIsComparedWithTheSidesOwnFigureNotWithItself() {
        given().get("/timelines?" + SOLDIERS_OF_AZERBAIJAN + "&lang=en").then().statusCode(200)
                .body(not(containsString("times the lowest")))
                .body(containsString("Ministry of Defence of Armenia (Armenia) claimed 7,290 by 5 November 2020, an older "
                        + "claim; Azerbaijan itself reported 2,783 on 3 December 2020: 2.6 times as many."))
                .body(containsString("Spokesman of the President of the Republic of Artsakh (Republic of Artsakh) claimed "
                        + "at least 3,000 by 3 October 2020, an older claim; Azerbaijan itself reported 2,783 on "
                        + "3 December 2020: 217 more."))
                .body(containsString("<bdi>Ministry of Defence of Azerbaijan</bdi>: <strong>2,783</strong> (3 December 2020)"
                        + " <span class=\"badge\">the side&#39;s own figure</span>"));
    }

    @Test
    void theJsonComparisonSaysWhichFigureIsTheSidesOwn() {
        given().get("/api/v1/timeline?" + SOLDIERS_OF_AZERBAIJAN).then().statusCode(200)
                .body("comparison.as_of", equalTo("2020-12-03"), "comparison.subject", equalTo("Azerbaijan"),
                        "comparison.own.claimant", equalTo("Ministry of Defence of Azerbaijan"),
                        "comparison.own.point.value", equalTo(2783), "comparison.own.older", equalTo(false),
                        "comparison.others.party", equalTo(List.of("Armenia", "Republic of Artsakh")),
                        "comparison.others[0].claimant", equalTo("Ministry of Defence of Armenia"),
                        "comparison.others[0].point.value", equalTo(7290),
                        "comparison.others[0].point.as_of", equalTo("2020-11-05"),
                        "comparison.others[0].older", equalTo(true),
                        "comparison.others[0].ratio", both(greaterThan(2.61f)).and(lessThan(2.63f)),
                        "comparison.others[0].difference", equalTo(4507), "comparison.monitors", hasSize(0));
    }

    @Test
    void beforeTheSideReportedAnythingTheComparisonSaysSo() {
        given().get("/api/v1/timeline?" + SOLDIERS_OF_AZERBAIJAN + "&as-of=2020-10-20").then().statusCode(200)
                .body("comparison.own", nullValue(), "comparison.others[0].point.value", equalTo(6309),
                        "comparison.others[0].older", equalTo(false), "comparison.others[0].ratio", nullValue());
        given().get("/timelines?" + SOLDIERS_OF_AZERBAIJAN + "&as-of=2020-10-20&lang=en").then().statusCode(200)
                .body(containsString("Ministry of Defence of Armenia (Armenia) claimed 6,309 by 20 October 2020; "
                        + "Azerbaijan itself had reported no figure by 20 October 2020."));
    }

    @Test
    void arabicReadsAsAnArabicEditorWritesIt() {
        given().get("/timelines?" + SOLDIERS_OF_AZERBAIJAN + "&lang=ar").then().statusCode(200)
                .body(containsString("بحسب \u2068Ministry of Defence of Armenia\u2069 (\u2068Armenia\u2069): 7,290 حتى "
                        + "5 نوفمبر 2020 (رقم أقدم)؛ أما الطرف المتضرر نفسه، \u2068Azerbaijan\u2069، فأعلن 2,783 في "
                        + "3 ديسمبر 2020، أي أن الرقم الأول يعادل 2.6 ضعف رقمه."));
    }

    @Test
    void independentMonitorsAreSetApartAndADisputedOwnFigureIsNamed() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Oryx").replace("Oryx,Azerbaijan,", "Oryx,,")
                .replace("civilians-killed", "soldiers-killed").replace(",47,", ",2900,")
                .replace("2020-10-16,exact,2020-10-16", "2020-11-20,exact,2020-11-20")), "?publish=true").statusCode(201);
        database.dispute(database.claimId("Ministry of Defence of Azerbaijan", 2783), "Monitors count more dead.");
        given().get("/api/v1/timeline?" + SOLDIERS_OF_AZERBAIJAN).then().statusCode(200)
                .body("comparison.monitors.claimant", equalTo(List.of("Oryx")),
                        "comparison.monitors[0].older", equalTo(true),
                        "comparison.others.party", equalTo(List.of("Armenia", "Republic of Artsakh")),
                        "comparison.own.point.status", equalTo("disputed"));
        given().get("/timelines?" + SOLDIERS_OF_AZERBAIJAN + "&lang=en").then()
                .body(containsString("<h3>Independent monitors</h3>"))
                .body(containsString("Oryx, an independent monitor, reported 2,900 by 20 November 2020, an older claim."))
                .body(containsString("Azerbaijan itself reported 2,783 on 3 December 2020 (disputed): 2.6 times as many."));
    }
}
