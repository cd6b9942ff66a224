package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readers read names in their language wherever a name appears (docs/languages.md, "Names"): with the seed
 * article's Arabic names imported, Arabic pages, JSON and charts name the claimant and the party in Arabic, English
 * ones in English, and a name without an Arabic form is marked as English where it appears in an Arabic page.
 */
@QuarkusTest
class NamesInLanguagesTest {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";
    static final String PROSECUTOR_AR = "النيابة العامة الأذربيجانية";
    static final String AZERBAIJAN_AR = "أذربيجان";
    static final String PROSECUTOR = "Prosecutor General's Office of Azerbaijan";
    static final String PROSECUTOR_HTML = "Prosecutor General&#39;s Office of Azerbaijan";

    @Inject
    Database database;

    @BeforeEach
    void arabicSeedArticle() {
        database.emptyClaimsRegister();
        Api.importCsv(Fixtures.seedArticleArabic(), "?publish=true").statusCode(201);
    }

    @Test
    void theArabicTimelinePageNamesTheClaimantAndThePartyInArabic() {
        given().get("/timelines?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString("<bdi>" + PROSECUTOR_AR + "</bdi>"))
                .body(containsString(AZERBAIJAN_AR))
                .body(containsString("حرب ناغورني كاراباخ 2020"))
                .body(not(containsString(PROSECUTOR_HTML)));
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("<bdi>" + PROSECUTOR_HTML + "</bdi>"))
                .body(not(containsString(PROSECUTOR_AR))).body(not(containsString(AZERBAIJAN_AR)));
    }

    @Test
    void theTimelinesJsonNamesInTheAskedLanguage() {
        given().get("/api/v1/timeline?" + KILLED + "&lang=ar").then().statusCode(200)
                .body("lang", equalTo("ar")).body("subject", equalTo(AZERBAIJAN_AR))
                .body("series.claimant", hasItem(PROSECUTOR_AR)).body("series.party", hasItem(AZERBAIJAN_AR));
        given().header("Accept-Language", "ar").get("/api/v1/timeline?" + KILLED).then().statusCode(200)
                .body("lang", equalTo("ar")).body("series.claimant", hasItem(PROSECUTOR_AR));
        given().header("Accept-Language", "en").get("/api/v1/timeline?" + KILLED).then().statusCode(200)
                .body("lang", equalTo("en")).body("subject", equalTo("Azerbaijan"))
                .body("series.claimant", hasItem(PROSECUTOR));
        given().get("/timelines/data.json?" + KILLED + "&lang=ar").then().statusCode(200)
                .body("series.claimant", hasItem(PROSECUTOR_AR));
    }

    @Test
    void theArabicChartNamesTheClaimantInArabic() {
        given().get("/timelines/chart.svg?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString(PROSECUTOR_AR)).body(containsString(AZERBAIJAN_AR))
                .body(not(containsString(PROSECUTOR_HTML)));
        given().get("/timelines/chart.svg?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString(PROSECUTOR_HTML)).body(not(containsString(PROSECUTOR_AR)));
    }

    @Test
    void downloadsAreSavedUnderTheTitleInTheReadersLanguage() {
        given().get("/timelines/data.csv?" + KILLED + "&lang=ar").then().statusCode(200)
                .header("Content-Disposition", containsString("filename=\"timeline.csv\"; filename*=UTF-8''"
                        + org.hasila.kernel.Urls.urlEncoded("خسائر-أذربيجان-قتلى-مدنيون") + ".csv"));
        given().get("/timelines/chart.png?" + KILLED + "&lang=en").then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''civilians-killed-in-azerbaijan.png"));
    }

    @Test
    void theConflictPageNamesInTheReadersLanguage() {
        given().get("/conflicts/2020-nagorno-karabakh-war?lang=ar").then().statusCode(200)
                .body(containsString("<h1><bdi>حرب ناغورني كاراباخ 2020</bdi></h1>"))
                .body(containsString("<bdi>" + PROSECUTOR_AR + "</bdi>"))
                .body(containsString("<bdi>" + AZERBAIJAN_AR + "</bdi>"))
                .body(containsString("<meta property=\"og:title\" content=\"حرب ناغورني كاراباخ 2020"));
        given().get("/conflicts/2020-nagorno-karabakh-war?lang=en").then().statusCode(200)
                .body(containsString("<h1><bdi>2020 Nagorno-Karabakh war</bdi></h1>"))
                .body(containsString("<bdi>" + PROSECUTOR_HTML + "</bdi>"))
                .body(not(containsString(PROSECUTOR_AR)));
    }

    @Test
    void aNameWithoutAnArabicFormIsMarkedEnglishOnArabicPages() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Ministry of Health of Azerbaijan")), "?publish=true")
                .statusCode(201);
        given().get("/timelines?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString("<bdi lang=\"en\" dir=\"ltr\">Ministry of Health of Azerbaijan</bdi>"))
                .body(containsString("<bdi>" + PROSECUTOR_AR + "</bdi>"));
        given().get("/conflicts/2020-nagorno-karabakh-war?lang=ar").then().statusCode(200)
                .body(containsString("<bdi lang=\"en\" dir=\"ltr\">Ministry of Health of Azerbaijan</bdi>"));
        given().get("/api/v1/timeline?" + KILLED + "&lang=ar").then().statusCode(200)
                .body("names_in_other_languages.name", hasItem("Ministry of Health of Azerbaijan"))
                .body("names_in_other_languages.lang", hasItem("en"));
        // English readers read it as it was written, unmarked
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("<bdi>Ministry of Health of Azerbaijan</bdi>"));
    }
}
