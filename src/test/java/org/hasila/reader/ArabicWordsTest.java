package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.Test;

/** Arabic pages read as an Arabic editor writes: counts in the form their number takes, qualifiers in words. */
@QuarkusTest
class ArabicWordsTest {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";

    @Inject
    Database database;

    @Test
    void countsTakeTheArabicFormOfTheirNumber() {
        Map<Integer, String> inSource = Map.of(1, "ادعاء واحد وارد في هذا المصدر", 2, "ادعاءان واردان في هذا المصدر",
                3, "3 ادعاءات واردة في هذا المصدر", 11, "11 ادعاءً واردًا في هذا المصدر", 100,
                "100 ادعاء وارد في هذا المصدر");
        Map<Integer, String> inConflict = Map.of(1, "ادعاء منشور واحد", 2, "ادعاءان منشوران", 3, "3 ادعاءات منشورة",
                11, "11 ادعاءً منشورًا", 100, "100 ادعاء منشور");
        for (int claims : new int[] { 1, 2, 3, 11, 100 }) {
            database.emptyClaimsRegister();
            List<String> rows = new ArrayList<>();
            for (int value = 1; value <= claims; value++) {
                rows.add(Api.rowWith("value", String.valueOf(value)));
            }
            Api.importCsv(Api.csv(rows.toArray(String[]::new)), "?publish=true").statusCode(201);
            long source = database.idOf("Source", "outlet", "Al Jazeera Mubasher");
            given().get("/sources/" + source + "?lang=ar").then().statusCode(200)
                    .body(containsString(">" + inSource.get(claims) + "</h2>"));
            given().get("/conflicts/2020-nagorno-karabakh-war?lang=ar").then().statusCode(200)
                    .body(containsString(" · " + inConflict.get(claims) + "</p>"));
        }
    }

    @Test
    void countsTakeTheEnglishFormOfTheirNumber() {
        for (int claims : new int[] { 1, 2 }) {
            database.emptyClaimsRegister();
            List<String> rows = new ArrayList<>();
            for (int value = 1; value <= claims; value++) {
                rows.add(Api.rowWith("value", String.valueOf(value)));
            }
            Api.importCsv(Api.csv(rows.toArray(String[]::new)), "?publish=true").statusCode(201);
            String noun = claims == 1 ? "claim" : "claims";
            long source = database.idOf("Source", "outlet", "Al Jazeera Mubasher");
            given().get("/sources/" + source + "?lang=en").then().statusCode(200)
                    .body(containsString(">" + claims + " " + noun + " read in this source</h2>"));
            given().get("/conflicts/2020-nagorno-karabakh-war?lang=en").then().statusCode(200)
                    .body(containsString(" · " + claims + " published " + noun + "</p>"));
        }
    }

    @Test
    void qualifiersAndDatesReadInArabicWordsOnTheTimeline() {
        database.emptyClaimsRegister();
        Api.importCsv(Api.csv(Api.rowWith("qualifier", "at-least").replace(",exact,2020-10-16,", ",on-or-before,2020-10-16,")),
                "?publish=true").statusCode(201);
        given().get("/timelines?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString("<strong>ما لا يقل عن 47</strong>"))
                .body(containsString("<td class=\"number\">ما لا يقل عن 47</td>"))
                .body(containsString("<td>يوم 16 أكتوبر 2020 أو قبله</td>"))
                .body(not(containsString("≥"))).body(not(containsString("في أو قبل")));
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("<strong>at least 47</strong>"));
    }

    @Test
    void anEnglishNameKeepsItsOrderInsideArabicText() {
        Api.onlyTheSeedArticle(database);
        // The conflict's name starts with a number: between left-to-right marks it is not turned into "... war 2020".
        given().get("/timelines?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString("<p class=\"lead\">\u200E2020 Nagorno-Karabakh war\u200E. "))
                .body(containsString("<h1>خسائر \u200EAzerbaijan\u200E: قتلى مدنيون</h1>"))
                .body(containsString("<option dir=\"auto\" value=\"2020-nagorno-karabakh-war\""))
                .body(containsString("<textarea id=\"embed-code\" dir=\"ltr\""));
        given().get("/timelines/chart.svg?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString(">\u202B\u200E2020 Nagorno-Karabakh war\u200E. "))
                // A claimant and its side both in English: one run, so the brackets stay whole in Batik as well.
                .body(containsString("\u200EProsecutor General&#39;s Office of Azerbaijan (Azerbaijan)\u200E"));
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("<p class=\"lead\">2020 Nagorno-Karabakh war. "));
    }
}
