package org.hasila.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hasila.desk.SourceEvidenceTest.ARCHIVE;
import static org.hasila.desk.SourceEvidenceTest.KEPT;
import static org.hasila.desk.SourceEvidenceTest.TYPED;
import static org.hasila.desk.SourceEvidenceTest.withEvidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.Accounts;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journalist enters an article the register holds already (same outlet, title, link and date): the desk goes on
 * with the stored source, and the evidence typed is not dropped. What the source lacks it gains; other evidence is
 * kept and said next to its field; what readers see changes only by an editor, with a reason (EditRights).
 */
@QuarkusTest
class SourceEnteredAgainTest extends DeskTests {

    static final String OTHER_ARCHIVE = "https://archive.ph/other";

    WebSession journalist;
    String sourcePage;
    long sourceId;
    long claim;

    @BeforeEach
    void aSourceWithoutEvidenceAndADraftReadInIt() {
        accounts.ensureSecondJournalist();
        journalist = journalist();
        sourcePage = enter(journalist, withEvidence("", ""));
        sourceId = sourceId(sourcePage);
        claim = addClaim(journalist, sourcePage, killed());
        assertNull(database.sourceField(sourceId, "archiveUrl"));
    }

    private static Response enterAgain(WebSession session, String language, Map<String, String> source) {
        return session.submit("/desk/sources/new?lang=" + language, "/desk/sources", source);
    }

    private static Map<String, String> replacing(Map<String, String> source) {
        Map<String, String> ticked = new HashMap<>(source);
        ticked.put("replace_evidence", "true");
        return ticked;
    }

    @Test
    void theStoredSourceGainsTheEvidenceItLackedFromAnyJournalistWhileReadersDoNotSeeIt() {
        WebSession another = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);
        Response again = enterAgain(another, "en", withEvidence(ARCHIVE, TYPED));
        assertEquals(303, again.statusCode(), again.asString());
        assertEquals(sourcePage, java.net.URI.create(again.header("Location")).getPath());
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(KEPT, database.sourceField(sourceId, "capturedText"));
        assertEquals(1L, database.count("source", "outlet", "Al Jazeera Mubasher (with agencies)"));
        another.follow(again).then().statusCode(200)
                .body(containsString("This article is in the register already: here it is, with the evidence you typed."))
                .body(containsString("<a href=\"" + ARCHIVE + "\" rel=\"nofollow noopener\">Archived copy</a>"));

        // The same evidence again, or none, goes on to the source and changes nothing.
        for (Map<String, String> same : new Map[] { withEvidence(ARCHIVE, TYPED), withEvidence("", "") }) {
            Response back = enterAgain(journalist, "en", same);
            assertEquals(303, back.statusCode(), back.asString());
            assertEquals(sourcePage, java.net.URI.create(back.header("Location")).getPath());
        }
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(KEPT, database.sourceField(sourceId, "capturedText"));
    }

    @Test
    void otherEvidenceIsKeptAndSaidNextToItsFieldUntilWhoMayEditTheSourceTicksToReplaceIt() {
        assertEquals(303, enterAgain(journalist, "en", withEvidence(ARCHIVE, TYPED)).statusCode());
        Map<String, String> other = withEvidence(OTHER_ARCHIVE, TYPED + "\r\nA paragraph the first capture missed.");
        Response back = enterAgain(journalist, "en", other);
        assertEquals(200, back.statusCode());
        back.then().body(containsString("id=\"source_archive_url-error\">The source in the register has another "
                + "archived copy: " + ARCHIVE + ". It is kept unless you tick"))
                .body(containsString("id=\"source_captured_text-error\">The source in the register has another "
                        + "captured text (SHA-256 " + sha256(KEPT) + ")"))
                .body(containsString("value=\"" + OTHER_ARCHIVE + "\""))
                .body(containsString("A paragraph the first capture missed.</textarea>"))
                .body(containsString("name=\"replace_evidence\""))
                .body(containsString("<a href=\"" + sourcePage + "\">Open the source as stored</a>"));
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(KEPT, database.sourceField(sourceId, "capturedText"));

        Response replaced = enterAgain(journalist, "en", replacing(other));
        assertEquals(303, replaced.statusCode(), replaced.asString());
        assertEquals(OTHER_ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        assertEquals(KEPT + "\nA paragraph the first capture missed.", database.sourceField(sourceId, "capturedText"));
    }

    @Test
    void aJournalistWhoMayNotEditTheSourceIsToldToAskAnEditorInTheirLanguage() {
        assertEquals(303, enterAgain(journalist, "en", withEvidence(ARCHIVE, TYPED)).statusCode());
        WebSession another = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);
        Response back = enterAgain(another, "en", replacing(withEvidence(OTHER_ARCHIVE, "")));
        assertEquals(200, back.statusCode());
        back.then().body(containsString("archived copy: " + ARCHIVE + ". It is kept: ask an editor to change it."))
                .body(not(containsString("id=\"source_captured_text-error\"")));
        enterAgain(another, "ar", withEvidence(OTHER_ARCHIVE, "")).then().statusCode(200)
                .body(containsString("اطلب من محرّر تغييره"))
                .body(not(containsString("name=\"replace_evidence\"")));
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
    }

    @Test
    void whatReadersSeeGainsEvidenceOnlyFromAnEditorWithAReasonAsAPublicCorrection() {
        WebSession editor = editor();
        publish(editor, claim);
        enterAgain(journalist, "en", withEvidence(ARCHIVE, "")).then().statusCode(200)
                .body(containsString("id=\"source_archive_url-error\">Readers see this source already: only an editor"));
        assertNull(database.sourceField(sourceId, "archiveUrl"));

        enterAgain(editor, "en", withEvidence(ARCHIVE, "")).then().statusCode(200)
                .body(containsString("id=\"reason-error\">Say why you change a source that readers see."));
        assertNull(database.sourceField(sourceId, "archiveUrl"));

        Map<String, String> withReason = withEvidence(ARCHIVE, "");
        withReason.put("reason", "The newsroom archived the article.");
        Response added = enterAgain(editor, "en", withReason);
        assertEquals(303, added.statusCode(), added.asString());
        assertEquals(ARCHIVE, database.sourceField(sourceId, "archiveUrl"));
        String corrections = given().get("/corrections?lang=en").then().statusCode(200).extract().asString();
        assertTrue(corrections.contains("The newsroom archived the article."), corrections);
        given().get("/claims/" + claim + "?lang=en").then().body(containsString(ARCHIVE));
    }

    private static String sha256(String text) {
        try {
            return SourceEvidenceTest.sha256(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
