package org.hasila.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every address of a timeline names its language: a chart kept by a browser or a CDN for one language is never
 * shown to a reader of another, whatever cookie or Accept-Language comes with the request.
 */
@QuarkusTest
class TimelineLanguageTest {

    static final String KILLED = TimelinePagesTest.KILLED;
    static final String IN_LINKS = KILLED.replace("&", "&amp;");

    @Inject
    Database database;

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void everyLinkOfTheArabicPageNamesArabic() {
        String page = given().cookie("hasila-lang", "ar").get("/timelines?" + KILLED).then().statusCode(200)
                .extract().asString();
        for (String link : new String[] { "<img src=\"/timelines/chart.svg?" + IN_LINKS + "&amp;lang=ar\"",
                "srcset=\"/timelines/chart.svg?" + IN_LINKS + "&amp;lang=ar&amp;width=400\"",
                "href=\"/timelines/chart.png?" + IN_LINKS + "&amp;lang=ar\"",
                "href=\"/timelines/data.csv?" + IN_LINKS + "&amp;lang=ar\"",
                "href=\"/timelines/data.json?" + IN_LINKS + "&amp;lang=ar\"",
                "href=\"/timelines?" + IN_LINKS + "&amp;lang=ar\"",
                "/timelines/chart.png?" + IN_LINKS + "&amp;lang=ar\">",
                "/timelines/embed?" + IN_LINKS + "&amp;lang=ar\" title=" }) {
            assertEquals(true, page.contains(link), "the Arabic page links " + link);
        }
        given().get("/timelines/embed?" + KILLED + "&lang=ar").then().statusCode(200)
                .body(containsString("<img src=\"/timelines/chart.svg?" + IN_LINKS + "&amp;lang=ar\""))
                .body(containsString("<a href=\"/timelines?" + IN_LINKS + "&amp;lang=ar\" target=\"_top\">"));
    }

    @Test
    void theLanguageInTheAddressDecidesOverCookieAndAcceptLanguage() throws IOException {
        given().cookie("hasila-lang", "en").header("Accept-Language", "en").get("/timelines/chart.svg?" + KILLED + "&lang=ar")
                .then().statusCode(200).body(containsString("قتلى مدنيون")).body(not(containsString("Civilians killed")));
        given().cookie("hasila-lang", "ar").header("Accept-Language", "ar").get("/timelines/chart.svg?" + KILLED + "&lang=en")
                .then().statusCode(200).body(containsString("Civilians killed")).body(not(containsString("قتلى")));
        byte[] arabic = given().get("/timelines/chart.png?" + KILLED + "&lang=ar").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        byte[] english = given().cookie("hasila-lang", "ar").get("/timelines/chart.png?" + KILLED + "&lang=en").then()
                .statusCode(200).extract().asByteArray();
        assertFalse(Arrays.equals(arabic, english), "the Arabic PNG is not the English one");
        // Kept beside the browser tests' screenshots, for a person to look at Batik's Arabic.
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/chart-png-ar.png"), arabic);
        for (String download : new String[] { "chart.svg", "chart.png", "data.csv", "data.json", "embed" }) {
            Response inArabic = given().get("/timelines/" + download + "?" + KILLED + "&lang=ar");
            Response inEnglish = given().get("/timelines/" + download + "?" + KILLED + "&lang=en");
            assertEquals(200, inArabic.statusCode(), download);
            assertNotEquals(inEnglish.header("ETag"), inArabic.header("ETag"), download + " is tagged by its language");
            // A CDN keeps these: they set no cookie, even when the address names a language.
            assertNull(inArabic.header("Set-Cookie"), download + " sets no cookie");
            assertEquals("public, max-age=300", inArabic.header("Cache-Control"), download);
        }
    }

    @Test
    void varyIsSentOnce() {
        for (String address : new String[] { "/timelines?" + KILLED, "/timelines/chart.svg?" + KILLED,
                "/timelines/chart.png?" + KILLED, "/timelines/embed?" + KILLED, "/timelines/data.csv?" + KILLED,
                "/timelines/data.json?" + KILLED, "/timelines?" + KILLED + "&lang=ar" }) {
            Response response = given().get(address);
            assertEquals(200, response.statusCode(), address);
            assertEquals(1, response.headers().getValues("Vary").size(), address + ": " + response.headers().getValues("Vary"));
            assertEquals("Accept-Language, Cookie", response.header("Vary"), address);
        }
    }
}
