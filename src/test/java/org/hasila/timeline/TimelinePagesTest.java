package org.hasila.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hasila.support.Bidi.isolated;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeline page, its embed and downloads, their caching, over HTTP against the seed article. */
@QuarkusTest
class TimelinePagesTest {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";
    static final String EQUIPMENT = "conflict=2020 Nagorno-Karabakh war&category=equipment-destroyed&subject=armenia";
    static final String PROSECUTOR = "Prosecutor General's Office of Azerbaijan";

    @Inject
    Database database;

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void thePageShowsTheChartTheComparisonAndEveryClaimDrawn() {
        String page = given().get("/timelines?" + KILLED).then().statusCode(200)
                .body(containsString("<h1>Civilians killed in Azerbaijan</h1>"))
                .body(containsString("<img src=\"/timelines/chart.svg?" + KILLED.replace("&", "&amp;") + "&amp;lang=en\""))
                .body(containsString("<strong>47</strong> (16 October 2020)"))
                .body(containsString("Sources: Al Jazeera Mubasher (with agencies)"))
                .extract().asString();
        assertEquals(2, page.split("<td class=\"number\">", -1).length - 1, "rows of the table");
        long earlier = database.claimId(PROSECUTOR, 46);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<a href=\"/claims/" + earlier + "\">"));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("on or before 16 October 2020"));
    }

    /** Rows are kept rendered between versions of the page (KeptFragments): a kept row must never show the past. */
    @Test
    void aRowKeptRenderedShowsWhatChangedInItsClaim() {
        long latest = database.claimId(PROSECUTOR, 47);
        String before = rowOf(given().get("/timelines?" + KILLED).then().statusCode(200).extract().asString(), latest);
        assertTrue(before.contains("Al Jazeera Mubasher") && !before.contains("Reuters"), before);
        assertTrue(!before.contains("status-disputed"), before);

        Api.importCsv(Api.csv(Api.row().replace("Al Jazeera Mubasher,Title,https://example.org/a",
                "Reuters,Another report,https://example.org/b")), "?publish=true").statusCode(201)
                .body("sources_linked", equalTo(1));
        database.dispute(latest, "Local hospitals count fewer dead.");
        String after = rowOf(given().get("/timelines?" + KILLED).then().statusCode(200).extract().asString(), latest);
        assertTrue(after.contains("Al Jazeera Mubasher") && after.contains("Reuters"), after);
        assertTrue(after.contains("badge status-disputed"), after);
        String arabic = rowOf(given().header("Accept-Language", "ar").get("/timelines?" + KILLED).then().statusCode(200)
                .extract().asString(), latest);
        assertNotEquals(after, arabic, "each language has its own rows");
    }

    /**
     * After a change, one reader computes a large timeline's new version; the others who ask meanwhile get the latest
     * answer at once, under its own tag, instead of queueing behind the computation.
     */
    @Test
    void readersWhoAskWhileTheNewVersionIsComputedGetTheLatestAtOnce() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            rows.append(Api.row().replace(",47,", "," + (100 + i) + ",")).append("\r\n");
        }
        Api.importCsv(Api.csv(rows.toString().strip()), "?publish=true").statusCode(201);
        String latest = given().get("/timelines?" + KILLED).then().statusCode(200).extract().header("ETag");
        Api.importCsv(Api.csv(Api.row().replace(",47,", ",99999,")), "?publish=true").statusCode(201);

        int readers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().get("/timelines?" + KILLED);
                }));
            }
            start.countDown();
            List<String> tags = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Response> answer : answers) {
                Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
                assertEquals(response.header("ETag").equals(latest), !response.asString().contains("99,999"),
                        "an answer's tag is the tag of what it shows");
                tags.add(response.header("ETag"));
            }
            assertTrue(tags.contains(latest), "someone got the latest answer at once: " + tags);
            assertTrue(tags.stream().anyMatch(tag -> !tag.equals(latest)), "someone computed the new one: " + tags);
        } finally {
            pool.shutdownNow();
        }
        given().get("/timelines?" + KILLED).then().statusCode(200).header("ETag", not(equalTo(latest)))
                .body(containsString("99,999"));
    }

    /** The table row linking to a claim. */
    private static String rowOf(String page, long claimId) {
        int link = page.indexOf("<a href=\"/claims/" + claimId + "\">", page.indexOf("id=\"claims-drawn\""));
        assertTrue(link > 0, "the table has a row for claim " + claimId);
        return page.substring(page.lastIndexOf("<tr>", link), page.indexOf("</tr>", link));
    }

    @Test
    void theConflictPageLeadsToEachTimelineWithPublishedClaims() {
        given().get("/conflicts/2020-nagorno-karabakh-war").then().statusCode(200)
                .body(containsString("<a href=\"/timelines?" + KILLED.replace("&", "&amp;") + "\">Timeline: "
                        + isolated("Civilians killed") + ", losses of " + isolated("Azerbaijan") + "</a>"))
                .body(containsString(
                        "Timeline: " + isolated("Equipment destroyed") + ", losses of " + isolated("Armenia") + "</a>"));
    }

    @Test
    void theJsonIsExactlyWhatIsDrawn() {
        given().get("/timelines/data.json?" + KILLED).then().statusCode(200)
                .body("series", hasSize(1), "series[0].claimant", equalTo(PROSECUTOR),
                        "series[0].party", equalTo("Azerbaijan"), "series[0].sum_of_increments", equalTo(false),
                        "series[0].points.value", equalTo(List.of(46, 47)),
                        "series[0].points.precision", equalTo(List.of("on-or-before", "exact")),
                        "series[0].points[1].as_of", equalTo("2020-10-16"),
                        "series[0].latest.value", equalTo(47), "comparison.as_of", equalTo("2020-10-16"),
                        "flags", hasSize(0));
        given().get("/api/v1/timeline?" + EQUIPMENT).then().statusCode(200)
                .body("series[0].sum_of_increments", equalTo(true), "series[0].sum_of_items", equalTo(true),
                        "series[0].points[0].value", equalTo(17), "series[0].points[0].summed", equalTo(true));
        given().get("/api/v1/timeline?" + EQUIPMENT + "&item=tank T-72").then().statusCode(200)
                .body("series[0].points[0].value", equalTo(2), "item", equalTo("tank T-72"));
        given().get("/api/v1/timeline?conflict=2020-nagorno-karabakh-war&category=soldiers-killed&subject=Armenia")
                .then().statusCode(200).body("series", hasSize(0), "unspecified", hasSize(1),
                        "unspecified[0].qualifier", equalTo("unspecified"));
    }

    @Test
    void theCsvHasOneRowForEachPointDrawn() {
        String csv = given().get("/timelines/data.csv?" + KILLED).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(3, lines.length);
        // Spreadsheet-safe CSV (docs/security.md): a byte-order mark, every cell with a value quoted
        assertTrue(lines[0].startsWith("\uFEFF\"claimant\",\"party\","), lines[0]);
        assertEquals("\"" + PROSECUTOR + "\",\"Azerbaijan\",\"false\",\"false\",\"2020-10-16\",\"exact\",\"46\",,,"
                + "\"on-or-before\",\"false\",\"false\",\"" + database.claimId(PROSECUTOR, 46) + "\",\"reported\"", lines[1]);
    }

    @Test
    void draftsAreNotDrawnAndRetractedClaimsAreListedApart() {
        Api.importCsv(Api.csv(
                Api.row().replace(",47,", ",480,").replace("2020-10-16,exact,2020-10-16", "2020-10-20,exact,2020-10-20")), "")
                .statusCode(201);
        given().get("/api/v1/timeline?" + KILLED).then().body("series[0].points.value", equalTo(List.of(46, 47)));
        database.retract(database.claimId(PROSECUTOR, 47), "The office withdrew it.");
        given().get("/api/v1/timeline?" + KILLED).then().body("series[0].points.value", equalTo(List.of(46)),
                "retracted", hasSize(1), "retracted[0].claimant", equalTo(PROSECUTOR));
    }

    @Test
    void anUnchangedTimelineAnswersNotModifiedUntilAClaimIsPublished() {
        Response first = given().get("/timelines/chart.svg?" + KILLED);
        assertEquals(200, first.statusCode());
        String tag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertEquals("public, max-age=300", first.header("Cache-Control"));
        given().header("If-None-Match", tag).get("/timelines/chart.svg?" + KILLED).then().statusCode(304);
        given().header("If-Modified-Since", lastModified).get("/timelines/chart.svg?" + KILLED).then().statusCode(304);
        given().header("If-None-Match", tag).get("/timelines/chart.svg?" + EQUIPMENT).then().statusCode(200);
        given().header("If-None-Match", tag).header("Accept-Language", "ar")
                .get("/timelines/chart.svg?" + KILLED).then().statusCode(200);

        Api.importCsv(
                Api.csv(Api.row().replace(",47,", ",52,").replace("2020-10-16,exact,2020-10-16",
                        "2020-10-18,exact,2020-10-18")),
                "?publish=true").statusCode(201);
        Response after = given().header("If-None-Match", tag).get("/timelines/chart.svg?" + KILLED);
        assertEquals(200, after.statusCode());
        assertNotEquals(tag, after.header("ETag"));
        for (String download : List.of("", "/embed", "/chart.png", "/data.csv", "/data.json")) {
            String etag = given().get("/timelines" + download + "?" + KILLED).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get("/timelines" + download + "?" + KILLED).then().statusCode(304);
        }
    }

    @Test
    void thePngIsDrawnOnTheServer1600PixelsWide() {
        byte[] png = given().get("/timelines/chart.png?" + EQUIPMENT).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
        assertEquals(1600, ByteBuffer.wrap(png, 16, 4).getInt());
    }

    @Test
    void theEmbedSetsNoCookieAndMayBeCachedByACdn() {
        Response embed = given().get("/timelines/embed?" + KILLED);
        assertEquals(200, embed.statusCode());
        assertNull(embed.header("Set-Cookie"));
        assertEquals("public, max-age=300", embed.header("Cache-Control"));
        embed.then()
                .body(containsString(
                        "<a href=\"/timelines?" + KILLED.replace("&", "&amp;") + "&amp;lang=en\" target=\"_top\">"))
                .body(not(containsString("<nav")));
    }

    @Test
    void theChartSpeaksArabicRightToLeft() {
        given().header("Accept-Language", "ar").get("/timelines/chart.svg?" + KILLED).then().statusCode(200)
                .body(containsString(
                        "text-anchor=\"end\" font-size=\"20\" font-weight=\"700\" fill=\"#1a1a1a\">\u202Bخسائر \u200EAzerbaijan\u200E: قتلى مدنيون"))
                .body(containsString("أكتوبر"));
        given().header("Accept-Language", "ar").get("/timelines?" + KILLED).then()
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"));
    }

    @Test
    void namesAreEscapedInTheChart() {
        Api.importCsv(Api.csv(Api.row().replace("Prosecutor General's Office of Azerbaijan", "<script>alert(1)</script> & Co")
                .replace(",Azerbaijan,Azerbaijan,", ",<b>Side</b>,Azerbaijan,")), "?publish=true").statusCode(201);
        given().get("/timelines/chart.svg?" + KILLED).then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co (&lt;b&gt;Side&lt;/b&gt;)"))
                .body(not(containsString("<script>")));
    }

    @Test
    void badFiltersAreExplainedNextToTheirFields() {
        given().get("/timelines?conflict=No war&category=civilians-killed&subject=Azerbaijan&as-of=2020-02-30").then()
                .statusCode(400)
                .body(containsString("id=\"conflict-error\">No conflict is called “No war”."))
                .body(containsString("id=\"as-of-error\">“2020-02-30” is not a date written YYYY-MM-DD."));
        given().get("/timelines/chart.svg?conflict=2020-nagorno-karabakh-war&category=tanks&subject=Azerbaijan")
                .then().statusCode(400).body(containsString("“tanks” is not a kind of loss"));
        given().get("/api/v1/timeline?conflict=2020-nagorno-karabakh-war&subject=Azerbaijan").then().statusCode(400)
                .body("message", equalTo("Choose a kind of loss."));
        given().get("/timelines").then().statusCode(200).body(not(containsString("class=\"error\"")));
    }

    @Test
    void theComparisonDayMayBeChosen() {
        given().get("/api/v1/timeline?" + KILLED + "&as-of=2020-10-15").then().statusCode(200)
                .body("comparison.as_of", equalTo("2020-10-15"), "comparison.latest", hasSize(0),
                        "comparison.ratio", nullValue());
    }
}
