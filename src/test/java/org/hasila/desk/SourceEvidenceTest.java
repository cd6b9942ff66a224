package org.hasila.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A source keeps its evidence (issue 14, "Sources keep their evidence"): the address of an archived copy and the
 * text the journalist captured, shown to readers with the SHA-256 of the text's UTF-8 bytes.
 */
@QuarkusTest
class SourceEvidenceTest extends DeskTests {

    static final String ARCHIVE = "https://web.archive.org/web/20201016120000/https://example.org/article";
    /** As a browser sends a textarea: lines ending CRLF, markup that must stay text. */
    static final String TYPED = "وأعلنت أذربيجان عن مقتل 47 مدنيا.\r\nA line with <b>markup</b> & a tab\there.";
    /** As it is stored and hashed: line ends LF. */
    static final String KEPT = "وأعلنت أذربيجان عن مقتل 47 مدنيا.\nA line with <b>markup</b> & a tab\there.";

    WebSession editor;
    String sourcePage;
    long sourceId;

    @BeforeEach
    void aSourceWithItsEvidence() {
        editor = editor();
        sourcePage = enter(editor, withEvidence(ARCHIVE, TYPED));
        sourceId = sourceId(sourcePage);
    }

    static Map<String, String> withEvidence(String archive, String text) {
        Map<String, String> source = new HashMap<>(seedSource());
        source.put("source_url", "https://example.org/article");
        source.put("source_archive_url", archive);
        source.put("source_captured_text", text);
        return source;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private long publishedClaim() {
        long claim = addClaim(editor, sourcePage, killed());
        publish(editor, claim);
        return claim;
    }

    @Test
    void theDeskSavesBothWithLineEndsMadeLfAndShowsThemEscaped() {
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(KEPT, database.sourceField(sourceId, "capturedText"));
        editor.get(sourcePage).then().statusCode(200)
                .body(containsString("<a href=\"" + ARCHIVE + "\" rel=\"nofollow noopener\">Archived copy</a>"))
                .body(containsString("A line with &lt;b&gt;markup&lt;/b&gt; &amp; a tab"))
                .body(not(containsString("<b>markup</b>")));
        editor.get(sourcePage + "/edit").then().statusCode(200)
                .body(containsString("name=\"source_archive_url\" type=\"url\" value=\"" + ARCHIVE + "\""))
                .body(containsString("A line with &lt;b&gt;markup&lt;/b&gt; &amp; a tab\there.</textarea>"))
                .body(containsString("The address of a copy kept by the Internet Archive"));
        editor.get(sourcePage + "/edit?lang=ar").then().body(containsString("النسخة المؤرشفة"));
    }

    @Test
    void anArchiveAddressThatIsNotAWebLinkIsRefusedNextToItsFieldWithTheFormKept() {
        for (String bad : new String[] { "javascript:alert(document.cookie)", "ftp://archive.example/article" }) {
            Map<String, String> source = withEvidence(bad, TYPED);
            source.put("source_title", "Another article");
            Response back = editor.submit("/desk/sources/new", "/desk/sources", source);
            assertEquals(200, back.statusCode(), bad);
            back.then().body(containsString("id=\"source_archive_url-error\">"))
                    .body(containsString("aria-describedby=\"source_archive_url-error\""))
                    .body(containsString("value=\"Another article\""))
                    .body(containsString("A line with &lt;b&gt;markup&lt;/b&gt;"));
        }
        Response edited = editor.submit(sourcePage + "/edit", sourcePage,
                withEvidence("javascript:alert(1)", TYPED));
        assertEquals(200, edited.statusCode());
        edited.then().body(containsString("id=\"source_archive_url-error\">"));
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(1L, database.count("source", "outlet", "Al Jazeera Mubasher (with agencies)"));
    }

    @Test
    void aCapturedTextWithAControlCharacterOrTooLongIsRefusedWithAMessageInBothLanguages() {
        Map<String, String> source = withEvidence("", "bell \u0007 in the text");
        source.put("source_title", "Another article");
        editor.submit("/desk/sources/new", "/desk/sources", source).then().statusCode(200)
                .body(containsString("id=\"source_captured_text-error\">"))
                .body(containsString("Captured text"));
        editor.submit("/desk/sources/new?lang=ar", "/desk/sources", source).then().statusCode(200)
                .body(containsString("id=\"source_captured_text-error\">"))
                .body(containsString("النص المحفوظ"));
        source.put("source_captured_text", "x".repeat(100_001));
        editor.submit("/desk/sources/new", "/desk/sources", source).then().statusCode(200)
                .body(containsString("id=\"source_captured_text-error\">"));
        assertEquals(1L, database.count("source", "outlet", "Al Jazeera Mubasher (with agencies)"));
    }

    @Test
    void readersSeeTheEvidenceAndItsSha256WhichIsTheHashOfTheTextTheyCanDownload() throws Exception {
        long claim = publishedClaim();
        String hash = sha256(KEPT);
        for (String page : new String[] { "/claims/" + claim, "/sources/" + sourceId }) {
            given().get(page + "?lang=en").then().statusCode(200)
                    .body(containsString("<a href=\"" + ARCHIVE + "\" rel=\"nofollow noopener\">Archived copy</a>"))
                    .body(containsString("dir=\"auto\" lang=\"ar\">وأعلنت أذربيجان عن مقتل 47 مدنيا."))
                    .body(containsString("A line with &lt;b&gt;markup&lt;/b&gt; &amp; a tab"))
                    .body(not(containsString("<b>markup</b>")))
                    .body(containsString("<code dir=\"ltr\">" + hash + "</code>"));
        }
        byte[] exact = given().get("/sources/" + sourceId + "/captured-text").then().statusCode(200)
                .header("Content-Type", containsString("text/plain")).extract().asByteArray();
        assertEquals(hash, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(exact)));
        given().get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("sources[0].archive_url", equalTo(ARCHIVE)).body("sources[0].captured_text", equalTo(KEPT))
                .body("sources[0].captured_text_sha256", equalTo(hash));
        given().get("/api/v1/claims.json").then().statusCode(200)
                .body("claims[0].sources[0].captured_text_sha256", equalTo(hash));
    }

    @Test
    void aDraftsEvidenceIsShownToNoReader() {
        addClaim(editor, sourcePage, killed());
        given().get("/sources/" + sourceId).then().statusCode(404);
        given().get("/sources/" + sourceId + "/captured-text").then().statusCode(404);
        for (String export : new String[] { "/api/v1/claims.csv", "/api/v1/claims.json" }) {
            String body = given().get(export).then().statusCode(200).extract().asString();
            assertFalse(body.contains("web.archive.org") || body.contains("مدنيا") || body.contains("source_archive_url"),
                    export + ": " + body);
        }
        assertEquals(KEPT, journalist()
                .get("/sources/" + sourceId + "/captured-text").then().statusCode(200).extract().asString());
    }

    @Test
    void aJournalistCannotChangeTheEvidenceReadersSee() {
        publishedClaim();
        WebSession journalist = journalist();
        // A journalist edits the sources they entered claims from, unless readers see them.
        Map<String, String> draft = new HashMap<>(killed());
        draft.putAll(Map.of("category", "civilians-injured", "value", "222"));
        addClaim(journalist, sourcePage, draft);
        Map<String, String> forged = withEvidence("https://evil.example/archive", "Words the source never said.");
        forged.put("csrf-token", journalist.csrfToken("/desk"));
        assertEquals(403, journalist.request().formParams(forged).post(sourcePage).statusCode());
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(KEPT, database.sourceField(sourceId, "capturedText"));
    }

    @Test
    void changingAPublishedSourcesEvidenceIsAPublicCorrection() throws Exception {
        long claim = publishedClaim();
        String newArchive = "https://archive.ph/abcde";
        Map<String, String> changed = withEvidence(newArchive, KEPT + "\nA paragraph the first capture missed.");
        changed.put("reason", "The first capture missed a paragraph.");
        assertEquals(303, editor.submit(sourcePage + "/edit?lang=en", sourcePage, changed).statusCode());
        String corrections = given().get("/corrections?lang=en").then().statusCode(200).extract().asString();
        assertTrue(corrections.contains("The first capture missed a paragraph."), corrections);
        assertTrue(corrections.contains("source&#39;s archived copy") || corrections.contains("source's archived copy"),
                corrections);
        assertTrue(corrections.contains(sha256(KEPT)) && corrections.contains(
                sha256(KEPT + "\nA paragraph the first capture missed.")), corrections);
        given().get("/claims/" + claim + "?lang=en").then().body(containsString(newArchive))
                .body(containsString("A paragraph the first capture missed."));

        Map<String, String> removed = withEvidence("", "");
        removed.put("reason", "The archive was of another article.");
        assertEquals(303, editor.submit(sourcePage + "/edit?lang=en", sourcePage, removed).statusCode());
        assertNull(database.sourceField(sourceId, "capturedText"));
        given().get("/claims/" + claim + "?lang=en").then().body(not(containsString("Archived copy")));
        given().get("/sources/" + sourceId + "/captured-text").then().statusCode(404);
    }
}
