package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hasila.kernel.Dates;
import org.hasila.support.Accounts;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Corrections are public: a published claim corrected twice, then disputed, then its source's link changed shows four
 * corrections with their reasons, and never who made them, on its page, its timeline's page, /corrections, each Atom
 * feed and the JSON; a draft's saves appear nowhere.
 */
@QuarkusTest
class CorrectionsTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String TIMELINE = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";
    static final List<String> REASONS = List.of("The office's statement says 47, not 46.",
            "The statement gives no exact day.", "Local hospitals count fewer dead.", "The outlet moved the article.");
    static final String DRAFT_REASON = "A draft saved twice";

    @Inject
    Database database;

    long claim;
    long draft;

    @BeforeEach
    void aPublishedClaimCorrectedTwiceDisputedAndItsSourceMoved() {
        database.emptyClaimsRegister();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Map<String, String> source = new HashMap<>(seedSource());
        source.put("source_url", "https://example.org/original-article");
        Response created = editor.submit("/desk/sources/new", "/desk/sources", source);
        String sourcePage = java.net.URI.create(created.header("Location")).getPath();
        Map<String, String> killed = killed();
        killed.put("value", "46");
        claim = addClaim(editor, sourcePage, killed);
        assertEquals(303, editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?")).statusCode());

        killed.putAll(Map.of("value", "47", "reason", REASONS.get(0)));
        edit(editor, claim, killed);
        killed.putAll(Map.of("as_of_precision", "on-or-before", "reason", REASONS.get(1)));
        edit(editor, claim, killed);
        assertEquals(303, editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "disputed", "reason", REASONS.get(2), "back", "?")).statusCode());

        // A draft read in another source, saved twice: readers never saw it, so it was never corrected.
        Map<String, String> otherSource = new HashMap<>(seedSource());
        otherSource.put("source_title", "Another article");
        String draftSource = java.net.URI.create(editor.submit("/desk/sources/new", "/desk/sources", otherSource)
                .header("Location")).getPath();
        Map<String, String> injured = killed();
        injured.putAll(Map.of("category", "civilians-injured", "value", "211"));
        draft = addClaim(editor, draftSource, injured);
        injured.putAll(Map.of("value", "222", "reason", DRAFT_REASON));
        edit(editor, draft, injured);

        Map<String, String> moved = new HashMap<>(source);
        moved.putAll(Map.of("source_url", "https://example.org/moved-article", "reason", REASONS.get(3)));
        assertEquals(303, editor.submit(sourcePage + "/edit?lang=en", sourcePage, moved).statusCode());
    }

    @Test
    void theClaimPageShowsEachCorrectionWithItsReasonAndNoAuthor() {
        String day = Dates.readable(LocalDate.now(ZoneOffset.UTC), Locale.ENGLISH);
        String page = given().get("/claims/" + claim + "?lang=en").then().statusCode(200)
                .body(containsString("Corrected on " + day + ": 46 → 47. Reason: The office&#39;s statement says 47, not 46."))
                .body(containsString("Corrected on " + day + ": precision of the date: exact → on-or-before. Reason: "
                        + "The statement gives no exact day."))
                .body(containsString("Corrected on " + day + ": status: reported → disputed. Reason: "
                        + "Local hospitals count fewer dead."))
                .body(containsString("Corrected on " + day + ": source&#39;s link: https://example.org/original-article → "
                        + "https://example.org/moved-article. Reason: The outlet moved the article."))
                .body(containsString("An editor&#39;s correction"))
                .extract().asString();
        assertNoAuthorAndNoDraft(page);
        assertEquals(4, page.split("<li id=\"correction-", -1).length - 1, page);
        given().get("/claims/" + claim + "?lang=ar").then()
                .body(containsString("صُحّح في " + Dates.readable(LocalDate.now(ZoneOffset.UTC), Locale.forLanguageTag("ar"))
                        + ": من 46 إلى 47. السبب: \u2068The office&#39;s statement says 47, not 46.\u2069"));
    }

    @Test
    void theClaimPageCarriesClaimReviewJsonLd() {
        String page = given().get("/claims/" + claim + "?lang=en").then().statusCode(200).extract().asString();
        int start = page.indexOf("<script type=\"application/ld+json\">");
        assertTrue(start > 0, page);
        String json = page.substring(start + 35, page.indexOf("</script>", start));
        io.restassured.path.json.JsonPath ld = new io.restassured.path.json.JsonPath(json);
        assertEquals("ClaimReview", ld.getString("'@type'"));
        assertEquals("disputed", ld.getString("reviewRating.alternateName"));
        assertEquals("Hasila", ld.getString("author.name"));
        assertEquals("Prosecutor General's Office of Azerbaijan", ld.getString("itemReviewed.author.name"));
        assertTrue(ld.getString("claimReviewed").contains("47"), json);
    }

    @Test
    void theTimelinePageAndSiteWidePageListThem() {
        for (String path : List.of("/timelines?" + TIMELINE + "&lang=en", "/corrections?lang=en")) {
            String page = given().get(path).then().statusCode(200).extract().asString();
            REASONS.forEach(reason -> assertTrue(page.contains(reason.replace("'", "&#39;")), path + ": " + reason));
            assertNoAuthorAndNoDraft(page);
        }
    }

    @Test
    void eachAtomFeedIsValidAtomWithTheFourCorrections() throws Exception {
        for (String feed : List.of("/corrections/feed.atom", "/corrections/feed.atom?conflict=2020-nagorno-karabakh-war",
                "/corrections/feed.atom?" + TIMELINE)) {
            Response answer = given().get(feed + (feed.contains("?") ? "&" : "?") + "lang=en");
            assertEquals(200, answer.statusCode(), feed);
            assertTrue(answer.contentType().startsWith("application/atom+xml"), answer.contentType());
            String xml = answer.asString();
            assertNoAuthorAndNoDraft(xml);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document atom = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = atom.getDocumentElement();
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated", "author")) {
                assertTrue(child(root, required) != null, feed + " has " + required);
            }
            NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
            assertEquals(4, entries.getLength(), feed);
            List<String> summaries = new ArrayList<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                for (String required : List.of("id", "title", "updated", "summary")) {
                    assertTrue(child(entry, required) != null, feed + " entry has " + required);
                }
                java.time.Instant.parse(child(entry, "updated").getTextContent());
                summaries.add(child(entry, "summary").getTextContent());
            }
            REASONS.forEach(reason -> assertTrue(summaries.stream().anyMatch(s -> s.contains(reason)), reason));
        }
        given().get("/corrections/feed.atom?conflict=another-war").then().statusCode(200)
                .body(not(containsString("<entry>")));
    }

    @Test
    void theJsonHasTheFourCorrectionsWithReasonsAndNoAuthor() {
        String json = given().get("/api/v1/corrections?claim=" + claim).then().statusCode(200)
                .body("$", hasSize(4), "reason", equalTo(List.of(REASONS.get(3), REASONS.get(2), REASONS.get(1),
                        REASONS.get(0))), "[3].changes[0].field", equalTo("figure"),
                        "[3].changes[0].before", equalTo("46"), "[3].changes[0].after", equalTo("47"),
                        "[0].changes[0].field", equalTo("source_url"))
                .extract().asString();
        assertNoAuthorAndNoDraft(json);
        given().get("/api/v1/corrections?" + TIMELINE).then().body("$", hasSize(4));
        given().get("/api/v1/corrections").then().body("claim", equalTo(List.of((int) claim, (int) claim, (int) claim,
                (int) claim)));
    }

    private void assertNoAuthorAndNoDraft(String text) {
        assertFalse(text.contains(Accounts.EDITOR), "no author's name");
        assertFalse(text.contains(DRAFT_REASON), "no draft's save");
        assertFalse(text.contains("/claims/" + draft + "\""), "no draft");
    }

    private static Element child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < found.getLength(); i++) {
            if (found.item(i).getParentNode() == parent) {
                return (Element) found.item(i);
            }
        }
        return null;
    }

    private static void edit(WebSession editor, long id, Map<String, String> fields) {
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(editor.get("/desk/claims/" + id + "/edit").asString());
        assertTrue(version.find(), "the edit form carries the claim's version");
        fields.put("version", version.group(1));
        Response saved = editor.submit("/desk/claims/" + id + "/edit", "/desk/claims/" + id, fields);
        assertEquals(303, saved.statusCode(), saved.asString());
    }

    private static Map<String, String> seedSource() {
        return Map.of("source_outlet", "Al Jazeera Mubasher (with agencies)", "source_title", "An article",
                "source_published_on", "2020-10-16", "source_language", "ar");
    }

    private static Map<String, String> killed() {
        Map<String, String> claim = new HashMap<>(Map.of("conflict", "2020 Nagorno-Karabakh war",
                "claimant", "Prosecutor General's Office of Azerbaijan", "claimant_side", "Azerbaijan",
                "subject_side", "Azerbaijan", "caused_by", "Armenia", "category", "civilians-killed",
                "qualifier", "exact", "value", "47", "counting", "cumulative", "period_start", "2020-09-27"));
        claim.putAll(Map.of("period_end", "2020-10-16", "as_of_precision", "exact", "stated_on", "2020-10-16",
                "quote", "quote", "translation", "translation", "claimant_kind", "side"));
        return claim;
    }

    private static long addClaim(WebSession session, String sourcePage, Map<String, String> claim) {
        Response added = session.submit(sourcePage, sourcePage + "/claims", claim);
        assertEquals(303, added.statusCode(), added.asString());
        String location = added.header("Location");
        return Long.parseLong(location.substring(location.indexOf("after=") + 6));
    }
}
