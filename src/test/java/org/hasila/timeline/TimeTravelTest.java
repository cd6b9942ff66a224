package org.hasila.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timeline and a claim as readers saw them at a past moment (issue 14, "Time travel" and "Cite and embed an exact
 * state"): a published claim corrected twice, then disputed, then its source's link changed; a draft saved twice
 * beside it that readers never saw.
 */
@QuarkusTest
class TimeTravelTest {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";
    static final String ORIGINAL = "https://example.org/original-article";
    static final String MOVED = "https://example.org/moved-article";
    static final Pattern PINNED = Pattern
            .compile("id=\"embed-pinned\"[^>]*>&lt;iframe src=\"http://[^/]+(/timelines/embed\\?[^\"]+)\"");
    static final Pattern SINCE = Pattern
            .compile("<a href=\"(/corrections\\?[^\"]+)\" target=\"_top\" class=\"updated-since\">");

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    WebSession editor;
    String sourcePage;
    long claim;
    long draft;
    /**
     * Before anything was published; after publishing (47); after the first correction (48); after the second (49);
     * after the dispute; after the source's link moved.
     */
    Instant beforePublishing;
    Instant published;
    Instant corrected;
    Instant correctedAgain;
    Instant disputed;
    Instant moved;
    /** What readers were answered live at each of those moments. */
    String svgPublished;
    String svgCorrected;
    String svgCorrectedAgain;
    String pinnedEmbedPublished;
    String pinnedEmbedBeforeTheCorrection;
    /** The ETags of the timeline's page, chart and JSON just before the source's link moved. */
    List<String> tagsBeforeTheMove;

    static Map<String, String> source() {
        return new HashMap<>(Map.of("source_outlet", "Al Jazeera Mubasher (with agencies)", "source_title",
                "Pompeo hopes", "source_published_on", "2020-10-16", "source_language", "ar", "source_url", ORIGINAL));
    }

    static Map<String, String> killed(String value) {
        Map<String, String> claim = new HashMap<>(Map.of("conflict", "2020 Nagorno-Karabakh war",
                "claimant", "Prosecutor General's Office of Azerbaijan", "claimant_side", "Azerbaijan",
                "subject_side", "Azerbaijan", "caused_by", "Armenia", "category", "civilians-killed",
                "qualifier", "exact", "value", value, "counting", "cumulative", "period_start", "2020-09-27"));
        claim.putAll(Map.of("period_end", "2020-10-16", "as_of_precision", "exact", "stated_on", "2020-10-16",
                "claimant_kind", "side"));
        return claim;
    }

    static long addClaim(WebSession session, String sourcePage, Map<String, String> claim) {
        Response added = session.submit(sourcePage, sourcePage + "/claims", claim);
        assertEquals(303, added.statusCode(), added.asString());
        String location = added.header("Location");
        return Long.parseLong(location.substring(location.indexOf("after=") + 6));
    }

    void edit(WebSession session, long id, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("version", String.valueOf(database.claimField(id, "version")));
        Response saved = session.submit("/desk/claims/" + id + "/edit", "/desk/claims/" + id, form);
        assertEquals(303, saved.statusCode(), saved.asString());
    }

    static Instant pause() throws InterruptedException {
        Thread.sleep(15);
        Instant now = Instant.now();
        Thread.sleep(15);
        return now;
    }

    static String pinnedEmbed(String page) {
        Matcher pinned = PINNED.matcher(page);
        assertTrue(pinned.find(), page);
        return pinned.group(1).replace("&amp;", "&");
    }

    static String svg(String at) {
        return given().get("/timelines/chart.svg?" + KILLED + "&lang=en" + at).then().statusCode(200).extract()
                .asString();
    }

    @BeforeEach
    void aClaimCorrectedTwiceDisputedAndItsSourceMovedBesideADraft() throws InterruptedException {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
        editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response created = editor.submit("/desk/sources/new", "/desk/sources", source());
        assertEquals(303, created.statusCode(), created.asString());
        sourcePage = URI.create(created.header("Location")).getPath();
        claim = addClaim(editor, sourcePage, killed("47"));
        beforePublishing = pause();
        assertEquals(303, editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"))
                .statusCode());
        published = pause();
        svgPublished = svg("");
        pinnedEmbedPublished = pinnedEmbed(
                given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200).extract().asString());
        // A journalist's draft in the same timeline, saved twice: readers never saw it.
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        Map<String, String> other = killed("9001");
        other.put("period_end", "2020-10-20");
        draft = addClaim(journalist, sourcePage, other);
        other.put("value", "9002");
        edit(journalist, draft, other);

        pinnedEmbedBeforeTheCorrection = given().urlEncodingEnabled(false).get(pinnedEmbedPublished).then()
                .statusCode(200).extract().asString();

        Map<String, String> correction = killed("48");
        correction.put("reason", "The office's statement says 48.");
        edit(editor, claim, correction);
        corrected = pause();
        svgCorrected = svg("");
        correction.putAll(Map.of("value", "49", "reason", "The office corrected its own statement."));
        edit(editor, claim, correction);
        correctedAgain = pause();
        svgCorrectedAgain = svg("");
        assertEquals(303, editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?")).statusCode());
        disputed = pause();
        tagsBeforeTheMove = tags();
        Map<String, String> movedSource = source();
        movedSource.putAll(Map.of("source_url", MOVED, "reason", "The outlet moved the article."));
        assertEquals(303, editor.submit(sourcePage + "/edit?lang=en", sourcePage, movedSource).statusCode());
        moved = pause();
    }

    static List<String> tags() {
        return List.of("/timelines?", "/timelines/chart.svg?", "/api/v1/timeline?").stream()
                .map(path -> given().get(path + KILLED + "&lang=en").then().statusCode(200).extract().header("ETag"))
                .toList();
    }

    @Test
    void aSourcesNewLinkMovesTheTimelinesVersionAndItsPermanentAddress() {
        List<String> after = tags();
        for (int i = 0; i < after.size(); i++) {
            assertFalse(after.get(i).equals(tagsBeforeTheMove.get(i)), "ETag " + i + " moved: " + after.get(i));
        }
        given().header("If-None-Match", tagsBeforeTheMove.get(0)).get("/timelines?" + KILLED + "&lang=en").then()
                .statusCode(200);
        String page = given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200).extract().asString();
        Matcher permanent = Pattern
                .compile("<a href=\"http://[^/]+/timelines\\?[^\"]*at=([^\"&]+)[^\"]*\" class=\"permanent\">")
                .matcher(page);
        assertTrue(permanent.find(), page);
        assertFalse(Instant.parse(java.net.URLDecoder.decode(permanent.group(1), java.nio.charset.StandardCharsets.UTF_8))
                .isBefore(disputed), "the permanent address names the state with the new link: " + permanent.group(1));
    }

    @Test
    void aPastMomentsPageListsOnlyTheCorrectionsMadeUpToIt() {
        String page = given().get("/timelines?" + KILLED + "&lang=en&at=" + correctedAgain).then().statusCode(200)
                .body(containsString("The office&#39;s statement says 48."))
                .body(containsString("The office corrected its own statement."))
                .body(not(containsString("Local hospitals count fewer dead.")))
                .body(not(containsString("The outlet moved the article."))).extract().asString();
        assertEquals(2, page.split("<li id=\"correction-", -1).length - 1, page);
        given().get("/timelines?" + KILLED + "&lang=en&at=" + published).then().statusCode(200)
                .body(not(containsString("<li id=\"correction-")));
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("The outlet moved the article."));
    }

    @Test
    void atBeforeEachChangeTheJsonShowsTheStateOfThatMoment() {
        given().get("/api/v1/timeline?" + KILLED + "&at=" + beforePublishing).then().statusCode(200)
                .body("series", hasSize(0));
        given().get("/api/v1/timeline?" + KILLED + "&at=" + published).then().statusCode(200)
                .body("series", hasSize(1)).body("series[0].points.value", equalTo(List.of(47)))
                .body("series[0].points.status", equalTo(List.of("reported")));
        given().get("/timelines/data.json?" + KILLED + "&at=" + corrected).then().statusCode(200)
                .body("series[0].points.value", equalTo(List.of(48)))
                .body("series[0].points.status", equalTo(List.of("reported")));
        given().get("/api/v1/timeline?" + KILLED + "&at=" + correctedAgain).then().statusCode(200)
                .body("series[0].points.value", equalTo(List.of(49)))
                .body("series[0].points.status", equalTo(List.of("reported")));
        given().get("/api/v1/timeline?" + KILLED + "&at=" + disputed).then().statusCode(200)
                .body("series[0].points.value", equalTo(List.of(49)))
                .body("series[0].points.status", equalTo(List.of("disputed")));
        given().get("/api/v1/timeline?" + KILLED).then().body("series[0].points.status", equalTo(List.of("disputed")));
        String csv = given().get("/timelines/data.csv?" + KILLED + "&at=" + published).then().statusCode(200).extract()
                .asString();
        assertTrue(csv.contains("\"47\""), csv);
    }

    @Test
    void atBeforeEachChangeTheChartIsDrawnAsItWasThen() {
        assertEquals(svgPublished, svg("&at=" + published));
        assertEquals(svgCorrected, svg("&at=" + corrected));
        assertEquals(svgCorrectedAgain, svg("&at=" + correctedAgain));
        assertFalse(svgPublished.equals(svgCorrected), "the correction moves the point");
        assertFalse(svgCorrected.equals(svgCorrectedAgain), "the second correction moves it again");
        assertFalse(svg("&at=" + correctedAgain).contains("class=\"disputed\""));
        assertTrue(svg("&at=" + disputed).contains("class=\"disputed\""));
        given().get("/timelines/chart.png?" + KILLED + "&at=" + published).then().statusCode(200)
                .contentType("image/png");
    }

    @Test
    void thePageAtAPastMomentSaysSoAndLinksToTheCurrentState() {
        String page = given().get("/timelines?" + KILLED + "&lang=en&at=" + published).then().statusCode(200)
                .body(containsString("You are seeing this as it stood on"))
                .body(containsString("<td class=\"number\">47</td>"))
                .body(not(containsString("<td class=\"number\">48</td>")))
                .body(not(containsString("status-disputed"))).extract().asString();
        assertTrue(page.contains("See it as it stands now</a>"), page);
        assertTrue(
                page.contains("href=\"/timelines?" + KILLED.replace("&", "&amp;") + "&amp;lang=en\">See it as it stands now"),
                page);
        given().get("/timelines?" + KILLED + "&lang=ar&at=" + published).then().statusCode(200)
                .body(containsString("تعرض هذه الصفحة البيانات كما كانت في"));
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(not(containsString("You are seeing this as it stood on")))
                .body(containsString("<td class=\"number\">49</td>"));
        given().get("/timelines?" + KILLED + "&lang=en&at=" + corrected).then().statusCode(200)
                .body(containsString("<td class=\"number\">48</td>"))
                .body(not(containsString("<td class=\"number\">49</td>")));
        given().get("/timelines?" + KILLED + "&lang=en&at=" + correctedAgain).then().statusCode(200)
                .body(containsString("<td class=\"number\">49</td>")).body(not(containsString("status-disputed")));
        given().get("/timelines?" + KILLED + "&lang=en&at=" + disputed).then().statusCode(200)
                .body(containsString("<td class=\"number\">49</td>")).body(containsString("status-disputed"));
    }

    @Test
    void theClaimAtAPastMomentInPageAndApi() {
        given().get("/api/v1/claims/" + claim + "?at=" + published).then().statusCode(200).body("value", equalTo(47))
                .body("status", equalTo("reported"));
        given().get("/api/v1/claims/" + claim + "?at=" + corrected).then().statusCode(200).body("value", equalTo(48))
                .body("status", equalTo("reported"));
        given().get("/api/v1/claims/" + claim + "?at=" + correctedAgain).then().statusCode(200)
                .body("value", equalTo(49)).body("status", equalTo("reported"));
        given().get("/api/v1/claims/" + claim + "?at=" + disputed).then().statusCode(200)
                .body("status", equalTo("disputed")).body("sources[0].url", equalTo(ORIGINAL));
        given().get("/api/v1/claims/" + claim + "?at=" + moved).then().statusCode(200)
                .body("sources[0].url", equalTo(MOVED));
        given().get("/claims/" + claim + "?lang=en&at=" + disputed).then().statusCode(200)
                .body(containsString("href=\"" + ORIGINAL + "\"")).body(not(containsString(MOVED)));
        given().get("/claims/" + claim + "?lang=en").then().statusCode(200).body(containsString("href=\"" + MOVED + "\""));
        given().get("/api/v1/claims/" + claim + "?at=" + beforePublishing).then().statusCode(404)
                .body("message", containsString("was published at"));
        given().get("/claims/" + claim + "?lang=en&at=" + published).then().statusCode(200)
                .body(containsString("You are seeing this as it stood on"))
                .body(containsString("47")).body(not(containsString("Local hospitals count fewer dead.")));
        given().get("/claims/" + claim + "?lang=en&at=" + beforePublishing).then().statusCode(404);
    }

    @Test
    void aDraftsSavesAppearNowhere() {
        for (Instant moment : List.of(beforePublishing, published, corrected, correctedAgain, disputed, moved,
                Instant.now())) {
            String at = "&at=" + moment;
            given().get("/api/v1/timeline?" + KILLED + at).then().statusCode(200)
                    .body(not(containsString("9001"))).body(not(containsString("9002")))
                    .body(not(containsString(String.valueOf(draft))));
            assertFalse(svg(at).contains("20 October"), "the draft's day is drawn nowhere");
            given().get("/timelines?" + KILLED + "&lang=en" + at).then()
                    .body(not(containsString("9,001"))).body(not(containsString("9,002")))
                    .body(not(containsString("/claims/" + draft + "\"")));
            given().get("/api/v1/claims/" + draft + "?at=" + moment).then().statusCode(404);
        }
        // Publishing, the corrections and the dispute: changes on one day, listed once.
        String page = given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200).extract().asString();
        assertEquals(1, page.split("<ul class=\"changed-on\">", -1).length - 1, page);
    }

    @Test
    void thePinnedEmbedSaysUpdatedSinceOnlyAfterTheCorrectionAsManyAsCorrectionsLists() {
        assertTrue(pinnedEmbedPublished.contains("at="), pinnedEmbedPublished);
        assertTrue(pinnedEmbedBeforeTheCorrection.contains("As it stood on"), pinnedEmbedBeforeTheCorrection);
        assertFalse(pinnedEmbedBeforeTheCorrection.contains("Updated since"), pinnedEmbedBeforeTheCorrection);
        // Two corrections, the dispute and the source's new link: four corrections, each listed on /corrections.
        String embed = given().urlEncodingEnabled(false).get(pinnedEmbedPublished).then().statusCode(200)
                .body(containsString("As it stood on")).body(containsString("Updated since: 4 corrections<"))
                .extract().asString();
        assertEquals(4, correctionsListed(embed));
        String page = given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200).extract().asString();
        given().urlEncodingEnabled(false).get(pinnedEmbed(page)).then().statusCode(200)
                .body(containsString("As it stood on")).body(not(containsString("Updated since")));
        embed = given().get("/timelines/embed?" + KILLED + "&lang=en&at=" + correctedAgain).then()
                .body(containsString("Updated since: 2 corrections<")).extract().asString();
        assertEquals(2, correctionsListed(embed));
        given().get("/timelines/embed?" + KILLED + "&lang=en&at=" + disputed).then()
                .body(containsString("Updated since: 1 correction<"));
        embed = given().get("/timelines/embed?" + KILLED + "&lang=ar&at=" + disputed).then()
                .body(containsString("حُدّثت منذ ذلك الحين: تصحيح واحد")).extract().asString();
        assertEquals(1, correctionsListed(embed));
        given().get("/timelines/embed?" + KILLED + "&lang=en").then().body(not(containsString("Updated since")))
                .body(not(containsString("As it stood on")));
    }

    /** How many corrections /corrections lists where a pinned embed's "Updated since" leads. */
    static int correctionsListed(String embed) {
        Matcher since = SINCE.matcher(embed);
        assertTrue(since.find(), embed);
        String list = given().urlEncodingEnabled(false).get(since.group(1).replace("&amp;", "&")).then().statusCode(200)
                .extract().asString();
        return list.split("<li id=\"correction-", -1).length - 1;
    }

    @Test
    void theCorrectionsBetweenTwoMomentsAreListedAndABadMomentRefused() {
        String list = given().get("/corrections?lang=en&" + KILLED + "&after=" + published + "&until=" + correctedAgain)
                .then().statusCode(200).body(containsString("The corrections made after"))
                .body(containsString("The office corrected its own statement."))
                .body(not(containsString("Local hospitals count fewer dead."))).extract().asString();
        assertEquals(2, list.split("<li id=\"correction-", -1).length - 1, list);
        given().get("/corrections?lang=en&after=yesterday").then().statusCode(400)
                .body(containsString("“yesterday” is no moment"));
        given().get("/corrections?lang=ar&until=2999-01-01").then().statusCode(400)
                .body(containsString("«2999-01-01»"));
    }

    @Test
    void aBadOrFutureMomentIsRefusedInTheReadersWords() {
        given().get("/timelines?" + KILLED + "&lang=en&at=yesterday").then().statusCode(400)
                .body(containsString("“yesterday” is no moment"));
        given().get("/timelines?" + KILLED + "&lang=ar&at=yesterday").then().statusCode(400)
                .body(containsString("«yesterday» ليس لحظة"));
        given().get("/api/v1/timeline?" + KILLED + "&at=2020-13-45").then().statusCode(400)
                .contentType("application/json").body("message", containsString("is no moment"));
        given().get("/api/v1/timeline?" + KILLED + "&at=2999-01-01").then().statusCode(400)
                .body("message", containsString("has not come yet"));
        given().get("/timelines/chart.svg?" + KILLED + "&at=2999-01-01T00:00:00Z").then().statusCode(400);
        given().get("/api/v1/claims/" + claim + "?at=soon").then().statusCode(400).body("message",
                containsString("is no moment"));
        given().get("/claims/" + claim + "?lang=en&at=soon").then().statusCode(400)
                .body(containsString("“soon” is no moment"));
    }

    @Test
    void aSettledPastStateIsKeptForAYearButNotTodaysOrAPage() {
        Response old = given().get("/timelines/chart.svg?" + KILLED + "&at=2021-01-01");
        old.then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
        given().header("If-None-Match", old.header("ETag")).get("/timelines/chart.svg?" + KILLED + "&at=2021-01-01")
                .then().statusCode(304);
        given().get("/api/v1/timeline?" + KILLED + "&at=2021-01-01").then()
                .header("Cache-Control", "public, max-age=31536000, immutable");
        given().get("/api/v1/timeline?" + KILLED + "&at=" + Instant.now().toString().substring(0, 10)).then()
                .statusCode(200).header("Cache-Control", "public, max-age=300");
        given().get("/timelines/embed?" + KILLED + "&at=2021-01-01").then()
                .header("Cache-Control", "public, max-age=300");
        given().get("/timelines?" + KILLED + "&at=2021-01-01").then().statusCode(200)
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void citeThisGivesThePermanentAddressOfTheCurrentStateAndCitations() {
        String page = given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString("Cite this")).body(containsString("@misc{hasila-timeline-"))
                .body(containsString("Retrieved on ")).extract().asString();
        Matcher permanent = Pattern.compile("<a href=\"http://[^/]+(/timelines\\?[^\"]+)\" class=\"permanent\">")
                .matcher(page);
        assertTrue(permanent.find(), page);
        String url = permanent.group(1).replace("&amp;", "&");
        assertTrue(url.contains("at="), url);
        given().urlEncodingEnabled(false).get(url).then().statusCode(200).body(containsString("status-disputed"))
                .body(containsString("<td class=\"number\">49</td>"));
        // The permanent address of the claim is of its state after its source's link moved.
        Matcher claimPermanent = Pattern.compile("<a href=\"http://[^/]+(/claims/\\d+\\?at=[^\"]+)\" class=\"permanent\">")
                .matcher(given().get("/claims/" + claim + "?lang=en").asString());
        assertTrue(claimPermanent.find());
        given().urlEncodingEnabled(false).get(claimPermanent.group(1)).then().statusCode(200)
                .body(containsString("href=\"" + MOVED + "\""));
        given().get("/claims/" + claim + "?lang=en").then().statusCode(200).body(containsString("Cite this"))
                .body(containsString("/claims/" + claim + "?at=")).body(containsString("@misc{hasila-"));
    }

    @Test
    void aSentenceReadyToQuoteSaysWhatWasClaimedAndHowSureAnyoneIs() {
        given().get("/claims/" + claim + "?lang=en").then().statusCode(200)
                .body(containsString(
                        "said on 16 October 2020 that 49 civilians had been killed on \u2068Azerbaijan\u2069’s side"
                                + " since 27 September 2020; the figure is disputed: Local hospitals count fewer dead.</p>"));
        given().get("/claims/" + claim + "?lang=en&at=" + corrected).then().statusCode(200)
                .body(containsString(
                        "that 48 civilians had been killed on \u2068Azerbaijan\u2069’s side since 27 September 2020;"
                                + " the figure has not been independently verified."));
        given().get("/claims/" + claim + "?lang=ar").then().statusCode(200)
                .body(containsString(
                        "في 16 أكتوبر 2020، بلغ عدد القتلى المدنيين من \u2068Azerbaijan\u2069 49 منذ 27 سبتمبر 2020؛"
                                + " وهذا الرقم موضع خلاف: Local hospitals count fewer dead."));
        given().get("/timelines?" + KILLED + "&lang=en").then().statusCode(200)
                .body(containsString(
                        "that 49 civilians had been killed on \u2068Azerbaijan\u2069’s side since 27 September 2020;"
                                + " the figure is disputed.</li>"));
        given().get("/timelines?" + KILLED + "&lang=en&at=" + published).then().statusCode(200)
                .body(containsString(
                        "that 47 civilians had been killed on \u2068Azerbaijan\u2069’s side since 27 September 2020;"
                                + " the figure has not been independently verified.</li>"));
    }
}
