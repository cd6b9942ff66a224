package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.hasila.support.Bidi.isolated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reader's page, in English and in Arabic, over HTTP: what it says, and that no draft shows anywhere. */
@QuarkusTest
class ReaderPagesTest {

    @Inject
    Database database;

    long prosecutor;
    long source;
    long claim47;

    @BeforeEach
    void seedArticleAndDrafts() {
        ReaderData.load(database);
        prosecutor = database.idOf("Claimant", "name", ReaderData.PROSECUTOR);
        source = database.idOf("Source", "outlet", "Al Jazeera Mubasher (with agencies)");
        claim47 = database.claimId(ReaderData.PROSECUTOR, 47);
    }

    /** The pages a reader can reach, with the filters and ids of the seed article. */
    List<String> pages() {
        return List.of("/", "/claims", "/claims?conflict=" + ReaderData.CONFLICT + "&category=civilians-killed",
                "/conflicts/" + ReaderData.CONFLICT, "/claims/" + claim47, "/claimants/" + prosecutor,
                "/sources/" + source, "/timelines",
                "/timelines?conflict=" + ReaderData.CONFLICT + "&category=civilians-killed&subject=Azerbaijan",
                "/api");
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "ar" })
    void everyPageSpeaksTheChosenLanguageAndShowsNoDraft(String language) {
        for (String page : pages()) {
            String html = given().queryParam("lang", language).get(page).then().statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString(language.equals("ar") ? "<html lang=\"ar\" dir=\"rtl\">"
                            : "<html lang=\"en\" dir=\"ltr\">"))
                    .extract().asString();
            assertFalse(html.contains(ReaderData.HIDDEN), page + " shows a draft");
            assertTrue(html.contains("<link rel=\"canonical\" href=\"http://localhost:8081" + page.replace("&", "&amp;")
                    + (page.contains("?") ? "&amp;" : "?") + "lang=" + language + "\">"), page + " has its canonical link");
            assertTrue(html.contains("<meta property=\"og:title\""), page + " has Open Graph tags");
            assertTrue(html.contains("<meta name=\"description\" content=\""), page + " has a description");
            Matcher title = Pattern.compile("<title>([^<]+)</title>").matcher(html);
            assertTrue(title.find() && title.group(1).length() > "· Hasila".length() + 2, page + " has a title");
            if (language.equals("ar")) {
                assertTrue(html.contains(">الادعاءات<"), page + " has the Arabic menu");
            }
        }
    }

    @Test
    void theLanguageComesFromTheUrlThenTheCookieThenAcceptLanguage() {
        given().header("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.5").get("/").then()
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">")).header("Vary", containsString("Accept-Language"));
        given().header("Accept-Language", "fr, en;q=0.8").get("/").then().body(containsString("<html lang=\"en\""));
        given().header("Accept-Language", "en;q=0.2, ar;q=0.9").get("/").then().body(containsString("<html lang=\"ar\""));
        // A malformed header is the client's error, never the server's
        given().header("Accept-Language", ";;;q=x").get("/").then().statusCode(org.hamcrest.Matchers.lessThan(500));
        given().get("/?lang=ar").then().cookie("hasila-lang", "ar");
        given().cookie("hasila-lang", "ar").get("/claims").then().body(containsString("<html lang=\"ar\""));
        given().cookie("hasila-lang", "ar").get("/claims?lang=en").then().body(containsString("<html lang=\"en\""))
                .cookie("hasila-lang", "en");
        given().get("/?lang=xx").then().statusCode(200).body(containsString("<html lang=\"en\""))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        // The switch leads to the same page in the other language, filters kept
        given().get("/claims?category=civilians-killed").then()
                .body(containsString("<a href=\"/claims?category=civilians-killed&amp;lang=ar\" hreflang=\"ar\""));
    }

    /** Adding a language is adding its bundle files (docs/languages.md): the switch offers one per frame file. */
    @Test
    void theSwitchOffersALanguageForEachBundleFile() throws java.io.IOException {
        String home = given().get("/").then().extract().asString();
        List<java.nio.file.Path> bundles;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/messages"))) {
            bundles = files.filter(f -> f.getFileName().toString().matches("msg_[a-z]{2,3}\\.properties")).toList();
        }
        assertEquals(bundles.size(), Pattern.compile("<link rel=\"alternate\" hreflang=\"[a-z]{2,3}\"").matcher(home)
                .results().count(), "the switch offers as many languages as there are msg_*.properties files");
        for (java.nio.file.Path bundle : bundles) {
            java.util.Properties texts = new java.util.Properties();
            try (var reader = java.nio.file.Files.newBufferedReader(bundle)) {
                texts.load(reader);
            }
            String code = texts.getProperty("lang");
            assertEquals("msg_" + code + ".properties", bundle.getFileName().toString());
            assertTrue(home.contains("hreflang=\"" + code + "\" lang=\"" + code + "\" dir=\"" + texts.getProperty("dir") + "\">"
                    + texts.getProperty("language_name") + "</a>")
                    || home.contains(">" + texts.getProperty("language_name") + "</span>"),
                    "the switch offers " + code);
            assertTrue(home.contains("<link rel=\"alternate\" hreflang=\"" + code + "\""), "alternate link for " + code);
        }
    }

    @Test
    void theHomePageListsEachConflictWithItsPeriodAndLatestFigures() {
        given().get("/").then().statusCode(200)
                .body(containsString(
                        "<a href=\"/conflicts/" + ReaderData.CONFLICT + "\"><bdi>2020 Nagorno-Karabakh war</bdi></a>"))
                .body(containsString("27 September 2020 – 16 October 2020 · 14 published claims"))
                .body(containsString(
                        "· Equipment destroyed (<bdi>howitzer D-30</bdi>) · losses of " + isolated("Armenia") + "</a>"));
        given().get("/?lang=ar").then().body(containsString("27 سبتمبر 2020 – 16 أكتوبر 2020"));
    }

    @Test
    void theConflictPageSaysWhoSaysWhatAndLinksEachTimeline() {
        String html = given().get("/conflicts/" + ReaderData.CONFLICT).then().statusCode(200)
                .body(containsString("<h3 id=\"timeline-0\">Civilians killed · losses of " + isolated("Azerbaijan") + "</h3>"))
                .body(containsString("<a href=\"/timelines?conflict=" + ReaderData.CONFLICT
                        + "&amp;category=civilians-killed&amp;subject=Azerbaijan\">"))
                .extract().asString();
        // The prosecutor's latest civilian toll is 47 (the on-or-before 46 is earlier in the timeline)
        int killed = html.indexOf("timeline-0\">");
        int next = html.indexOf("timeline-1\">");
        String section = html.substring(killed, next);
        assertTrue(section.contains("<span dir=\"ltr\">47</span>"), section);
        assertFalse(section.contains(">46<"), section);
        // The defence ministry's equipment claims add up, marked as a sum
        assertTrue(html.contains("<span dir=\"ltr\">17</span> <span class=\"badge\">sum</span>"), "sum of items");
    }

    @Test
    void disputedAndRetractedClaimsAreMarkedWherePeopleReadThem() {
        database.retract(claim47, "The office withdrew the figure");
        given().get("/conflicts/" + ReaderData.CONFLICT).then()
                .body(containsString("<h2 id=\"retracted-claims\">Retracted claims</h2>"))
                .body(containsString("<span class=\"badge status-retracted\">retracted</span>"));
        given().get("/claims/" + claim47).then()
                .body(containsString("<strong>retracted</strong>: <span dir=\"auto\">The office withdrew the figure</span>"));
        given().get("/claims?status=retracted").then().body(containsString("/claims/" + claim47 + "\""));
        given().get("/claimants/" + prosecutor).then().body(containsString("7 published claims; 0 disputed, 1 retracted."));
    }

    @Test
    void theClaimPageSaysTheClaimInWordsWithItsSourcesAndCompetingClaims() {
        given().get("/claims/" + claim47).then().statusCode(200)
                .body(containsString(isolated("Prosecutor General&#39;s Office of Azerbaijan") + " said 47: "
                        + isolated("Civilians killed") + ", losses of " + isolated("Azerbaijan") + ", as of 16 October 2020."))
                .body(containsString("<a href=\"/sources/" + source + "\">"))
                .body(containsString("<blockquote dir=\"auto\" lang=\"ar\">"))
                .body(containsString("<div class=\"translation\"><p class=\"translation-label\">"
                        + "The newsroom&#39;s translation into English:</p><p lang=\"en\" dir=\"ltr\">"));
        long earlier = database.claimId(ReaderData.PROSECUTOR, 46);
        given().get("/claims/" + earlier).then()
                .body(containsString("as of on or before 16 October 2020."));
        given().get("/claims/" + claim47 + "?lang=ar").then()
                .body(containsString("الحصيلة بحسب " + isolated("Prosecutor General&#39;s Office of Azerbaijan")
                        + " حتى 16 أكتوبر 2020: 47 — " + isolated("قتلى مدنيون") + " من خسائر " + isolated("Azerbaijan")
                        + "."))
                // The source's heading: its outlet isolated, marked English as it has no Arabic name here, then the
                // language's comma and the day.
                .body(containsString(
                        "<bdi lang=\"en\" dir=\"ltr\">Al Jazeera Mubasher (with agencies)</bdi>، 16 أكتوبر 2020</a></h3>"));
        given().get("/claims/" + claim47).then()
                .body(containsString("<bdi>Al Jazeera Mubasher (with agencies)</bdi>, 16 October 2020</a></h3>"));
        // The draft by another claimant about the same losses competes with it only once published
        given().get("/claims/" + claim47).then().body(not(containsString("4242")));
    }

    @Test
    void theClaimantAndSourcePagesListWhatTheyHold() {
        given().get("/claimants/" + prosecutor).then().statusCode(200)
                .body(containsString("<h1><bdi>Prosecutor General&#39;s Office of Azerbaijan</bdi></h1>"))
                .body(containsString("Speaks for " + isolated("Azerbaijan")))
                .body(containsString("7 published claims; 0 disputed, 0 retracted."));
        String html = given().get("/sources/" + source).then().statusCode(200)
                .body(containsString("14 claims read in this source")).extract().asString();
        assertEquals(14, html.split("<li class=\"claim-line", -1).length - 1);
    }

    @Test
    void theListOfClaimsFiltersByEveryFieldAndPagesByItsUrl() {
        assertEquals(14, claimLinks("/claims").size());
        assertEquals(7, claimLinks("/claims?claimant=" + prosecutor).size());
        assertEquals(7, claimLinks("/claims?claimant=" + ReaderData.PROSECUTOR).size());
        assertEquals(7, claimLinks("/claims?subject_side=Armenia").size());
        assertEquals(14, claimLinks("/claims?claimant_side=Azerbaijan").size());
        assertEquals(2, claimLinks("/claims?category=civilians-killed").size());
        assertEquals(0, claimLinks("/claims?from=2020-10-17").size());
        assertEquals(14, claimLinks("/claims?from=2020-10-16&to=2020-10-16").size());
        assertEquals(0, claimLinks("/claims?status=disputed").size());
        given().get("/claims?status=disputed").then().body(containsString("No published claim matches these filters."));
    }

    @Test
    void badFiltersComeBackNextToTheirFieldsWithTheFormFilled() {
        given().get("/claims?conflict=Atlantis&from=yesterday&category=civilians-killed").then().statusCode(400)
                .body(containsString("No conflict is called “Atlantis”."))
                .body(containsString("“yesterday” is not a date written YYYY-MM-DD."))
                .body(containsString("<option value=\"civilians-killed\" selected>"))
                .body(containsString("value=\"yesterday\""));
        given().get("/claims?after=nonsense").then().statusCode(400).body(containsString("is not a page of this list"));
        given().get("/claims?from=2020-10-17&to=2020-10-01").then().statusCode(400)
                .body(containsString("The end date is before the start date."));
        given().get("/claims?lang=ar&status=lost").then().statusCode(400).body(containsString("ليست حالة"));
    }

    @Test
    void draftsAndWhatOnlyTheyMentionAreNotFound() {
        long hiddenClaimant = database.idOf("Claimant", "name", "Hidden claimant " + ReaderData.HIDDEN);
        long hiddenSource = database.idOf("Source", "outlet", "Hidden outlet " + ReaderData.HIDDEN);
        long draft = database.claimId("Draft claimant " + ReaderData.HIDDEN, 4242);
        for (String page : List.of("/claims/" + draft, "/claimants/" + hiddenClaimant, "/sources/" + hiddenSource,
                "/conflicts/hidden-war-" + ReaderData.HIDDEN.toLowerCase())) {
            given().get(page).then().statusCode(404).body(containsString("Page not found"))
                    .body(not(containsString(ReaderData.HIDDEN)));
        }
        given().get("/sitemap.xml").then().statusCode(200).body(not(containsString(ReaderData.HIDDEN)))
                .body(containsString("/claimants/" + prosecutor + "?lang=ar"));
    }

    @Test
    void aMissingPageIsAPageInTheReadersLanguage() {
        given().get("/no/such/page").then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("<h1>Page not found</h1>"));
        given().header("Accept-Language", "ar").get("/no/such/page").then().statusCode(404)
                .body(containsString("<h1>الصفحة غير موجودة</h1>"));
        given().get("/claims/not-a-number?lang=ar").then().statusCode(404).body(containsString("الصفحة غير موجودة"));
        given().get("/conflicts/atlantis").then().statusCode(404).body(containsString("Page not found"));
    }

    @Test
    void theSitemapAndRobotsLeadSearchEnginesToEveryLanguage() {
        given().get("/robots.txt").then().statusCode(200).body(containsString("Sitemap: http://localhost:8081/sitemap.xml"));
        given().get("/sitemap.xml").then().statusCode(200).contentType(startsWith("application/xml"))
                .body(containsString("<loc>http://localhost:8081/conflicts/" + ReaderData.CONFLICT + "?lang=en</loc>"))
                .body(containsString("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"http://localhost:8081/claimants/"
                        + prosecutor + "?lang=ar\"/>"));
    }

    @Test
    void theStylesheetIsSmallKeptByBrowsersAndRenamedWhenItChanges() {
        String html = given().get("/").then().extract().asString();
        Matcher link = Pattern.compile("<link rel=\"stylesheet\" href=\"(/hasila\\.css\\?v=[0-9a-f]{12})\">").matcher(html);
        assertTrue(link.find(), "a versioned stylesheet link");
        String css = given().get(link.group(1)).then().statusCode(200)
                .header("Cache-Control", containsString("max-age=")).extract().asString();
        assertTrue(css.length() < 16_000, "the stylesheet is " + css.length() + " bytes");
        assertFalse(html.contains("<script"), "readers' pages run no script");
    }

    @Test
    void aSharedTimelineShowsItsChartAsThePreview() {
        given().get("/timelines?conflict=" + ReaderData.CONFLICT + "&category=civilians-killed&subject=Azerbaijan").then()
                .body(containsString("<meta property=\"og:image\" content=\"http://localhost:8081/timelines/chart.png?conflict="
                        + ReaderData.CONFLICT + "&amp;category=civilians-killed&amp;subject=Azerbaijan"))
                .body(containsString("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    }

    /** The distinct claim pages a list links to, following its pages to the end. */
    private static Set<String> claimLinks(String first) {
        Set<String> links = new LinkedHashSet<>();
        String next = first;
        while (next != null) {
            String html = given().get(next).then().statusCode(200).extract().asString();
            Matcher link = Pattern.compile("<li class=\"claim-line[^\"]*\">\\s*<a href=\"(/claims/\\d+)\"").matcher(html);
            while (link.find()) {
                assertTrue(links.add(link.group(1)), "listed twice: " + link.group(1));
            }
            Matcher more = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\">").matcher(html);
            next = more.find() ? more.group(1).replace("&amp;", "&") : null;
        }
        return links;
    }
}
