package org.hasila.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What readers see changes only through an editor, with a reason, on record (issue 11, finding 2). */
@QuarkusTest
class PublishedRecordTest extends DeskTests {

    static final String LINK = "https://example.org/original-article";
    static final String PHISHING = "https://evil.example/login";

    long published;
    String sourcePage;
    long sourceId;

    /** The seed article's source with its link, and a published claim read in it. */
    @BeforeEach
    void aPublishedSource() {
        accounts.ensureSecondJournalist();
        WebSession editor = editor();
        Map<String, String> source = new HashMap<>(seedSource());
        source.put("source_url", LINK);
        sourcePage = enter(editor, source);
        sourceId = sourceId(sourcePage);
        published = addClaim(editor, sourcePage, killed());
        publish(editor, published);
    }

    static Map<String, String> rewritten(String reason) {
        Map<String, String> source = new HashMap<>(seedSource());
        source.putAll(Map.of("source_title", "Rewritten title", "source_url", PHISHING, "reason", reason));
        return source;
    }

    @Test
    void aJournalistWhoAddsADraftToAPublishedSourceCannotRewriteIt() {
        WebSession journalist = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);
        Map<String, String> draft = new HashMap<>(killed());
        draft.putAll(Map.of("category", "civilians-injured", "value", "222"));
        addClaim(journalist, sourcePage, draft);

        journalist.get(sourcePage + "/edit").then().statusCode(403)
                .body(containsString("Only an editor can change this source"))
                .body(containsString("Published claims cite this source, so readers see it"))
                .body(containsString(LINK)).body(not(containsString("name=\"source_url\"")));
        Response refused = journalist.request().formParams(rewritten("")).formParam("csrf-token",
                journalist.csrfToken(sourcePage)).post(sourcePage);
        assertEquals(403, refused.statusCode());
        refused.then().body(containsString("Only an editor can change this source"));
        journalist.get(sourcePage + "/edit?lang=ar").then().statusCode(403)
                .body(containsString("لا يعدّل هذا المصدرَ إلا محرّر"));

        assertEquals(LINK, database.sourceField(sourceId, "url"));
        for (String page : new String[] { "/claims/" + published, "/sources/" + sourceId }) {
            given().get(page).then().statusCode(200).body(containsString(LINK)).body(not(containsString(PHISHING)))
                    .body(not(containsString("Rewritten title")));
        }
    }

    @Test
    void aJournalistStillEditsASourceOnlyTheirDraftsCite() {
        WebSession journalist = journalist();
        String own = enterSource(journalist);
        Map<String, String> draft = new HashMap<>(killed());
        draft.put("value", "48");
        addClaim(journalist, own, draft);
        journalist.get(own + "/edit").then().statusCode(200).body(containsString("name=\"source_url\""))
                .body(not(containsString("Published claims cite this source")));
        Map<String, String> edited = new HashMap<>(seedSource());
        edited.put("source_url", "https://example.org/corrected");
        assertEquals(303, journalist.submit(own + "/edit", own, edited).statusCode());
    }

    @Test
    void anEditorChangesASourceReadersSeeOnlyWithAReasonThatTheClaimsHistoryKeeps() {
        WebSession editor = editor();
        Object updatedBefore = database.claimField(published, "updatedAt");
        editor.get(sourcePage + "/edit").then().statusCode(200)
                .body(containsString("Published claims cite this source, so readers see it"));
        editor.submit(sourcePage + "/edit", sourcePage, rewritten("  ")).then().statusCode(200)
                .body(containsString("id=\"reason-error\">Say why you change a source that readers see."))
                .body(containsString("value=\"" + PHISHING + "\""));
        editor.submit(sourcePage + "/edit?lang=ar", sourcePage, rewritten("")).then().statusCode(200)
                .body(containsString("id=\"reason-error\">اذكر سبب تعديل مصدر يراه القرّاء."));
        assertEquals(LINK, database.sourceField(sourceId, "url"));

        Map<String, String> moved = rewritten("The outlet moved the article.");
        moved.put("source_url", "https://example.org/moved-article");
        assertEquals(303, editor.submit(sourcePage + "/edit?lang=en", sourcePage, moved).statusCode());
        given().get("/claims/" + published).then().body(containsString("https://example.org/moved-article"));
        assertNotEquals(updatedBefore, database.claimField(published, "updatedAt"), "readers' kept pages move");
        String history = editor.get("/claims/" + published).asString();
        assertTrue(history.contains("The outlet moved the article."), history);
        assertTrue(history.contains("<tr><td>source_url</td><td dir=\"auto\">" + LINK
                + "</td><td dir=\"auto\">https://example.org/moved-article</td></tr>"), history);
        assertTrue(history.contains("<tr><td>source_title</td>"), history);
    }

    @Test
    void anImportedSourceOfAPublishedClaimChangesItsTimelinesTag() {
        Api.onlyTheSeedArticle(database);
        String timeline = "/api/v1/timeline?conflict=2020 Nagorno-Karabakh war&category=civilians-killed"
                + "&subject=Azerbaijan";
        String before = given().get(timeline).then().statusCode(200).extract().header("ETag");
        String seedRow = new String(org.hasila.support.Fixtures.seedArticle(), java.nio.charset.StandardCharsets.UTF_8)
                .split("\r?\n")[1];
        String otherSource = seedRow.replace("Al Jazeera Mubasher (with agencies)", "Another outlet");
        Api.importCsv(Api.HEADER + "\r\n" + otherSource + "\r\n", "").statusCode(201);
        assertNotEquals(before, given().get(timeline).header("ETag"), "a new source of a published claim shows");
    }
}
