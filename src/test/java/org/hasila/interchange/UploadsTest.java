package org.hasila.interchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hasila.interchange.ImportPagesTest.confirm;
import static org.hasila.interchange.ImportPagesTest.confirmToken;
import static org.hasila.interchange.ImportPagesTest.preview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads of any size: memory and room they may take, how long a preview waits, the largest body taken. */
@QuarkusTest
class UploadsTest {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
    }

    @Test
    void aFourthWaitingPreviewLetsTheEditorsOldestGo() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(confirmToken(preview(editor, Fixtures.seedArticle(), false)));
        }
        assertEquals(3, waitingFor(Accounts.EDITOR), "an editor's previews beyond three are let go");
        confirm(editor, tokens.get(0)).then().body(containsString("expired or was already imported"));
        assertEquals(0, database.countClaims());
        confirm(editor, tokens.get(3)).then().body(containsString("Imported 14 new claims"));
    }

    @Test
    void aPreviewWaitsAnHourThenTheNextPreviewPurgesIt() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String old = confirmToken(preview(editor, Fixtures.seedArticle(), false));
        String recent = confirmToken(preview(editor, Fixtures.seedArticle(), false));
        QuarkusTransaction.requiringNew().run(() -> {
            PendingImport.update("uploadedAt = ?1 where token = ?2", Instant.now().minusSeconds(61 * 60), old);
            PendingImport.update("uploadedAt = ?1 where token = ?2", Instant.now().minusSeconds(59 * 60), recent);
        });
        accounts.ensureSecondEditor();
        WebSession other = WebSession.loggedIn(Accounts.SECOND_EDITOR, Accounts.SECOND_EDITOR_PASSWORD);
        confirmToken(preview(other, Fixtures.seedArticle(), false));
        assertEquals(0, chunksOf(old), "an expired preview's file is deleted with it");
        assertTrue(chunksOf(recent) > 0, "a preview within its hour still waits");
        confirm(editor, old).then().body(containsString("expired or was already imported"));
        confirm(editor, recent).then().body(containsString("Imported 14 new claims"));
    }

    @Test
    void aFileOverTheBodyLimitIsRefusedWithASentenceInTheReadersLanguage() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.get("/imports").then().body(containsString("A file of at most 10 MB."));
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        String token = editor.csrfToken("/imports");
        uploadAsABrowserDoes(editor, token, tooLarge, "en").then().statusCode(413)
                .body(containsString("The file is larger than 10 MB, the most Hasila takes at once"));
        uploadAsABrowserDoes(editor, token, tooLarge, "ar").then().statusCode(413)
                .body(containsString("الملف أكبر من 10 ميغابايت"));
        Api.importCsv(tooLarge, "").statusCode(413).body("message", containsString("larger than 10 MB"));
        assertEquals(0, waitingFor(Accounts.EDITOR));
    }

    /** A form with a file, sent with its length first (Content-Length), as browsers send it. */
    private static Response uploadAsABrowserDoes(WebSession session, String csrf, byte[] file, String language) {
        String boundary = "----hasila-upload-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"claims.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.request().header("Accept-Language", language)
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/imports/preview");
    }

    @Test
    void everyBadLineOfALargeFileIsCountedAndNothingIsStored() {
        int bad = 12_000;
        String[] rows = new String[bad + 1];
        rows[0] = Api.row();
        for (int i = 1; i <= bad; i++) {
            rows[i] = Api.rowWith("qualifier", "roughly");
        }
        byte[] file = Api.csv(rows).getBytes(StandardCharsets.UTF_8);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        preview(editor, file, true).then().statusCode(200).body(containsString(bad + " problems: nothing has been stored"))
                .body(containsString("<td>3</td><td>qualifier</td>"))
                .body(containsString("…and " + (bad - ClaimImporter.PROBLEMS_LISTED) + " more problems"))
                .body(not(containsString("name=\"token\"")));
        Api.importCsv(file, "?publish=true").statusCode(422).body("problem_count", equalTo(bad),
                "problems", hasSize(ClaimImporter.PROBLEMS_LISTED), "stored", equalTo(false));
        assertEquals(0, database.countClaims());
        assertEquals(0, waitingFor(Accounts.EDITOR));
    }

    @Test
    void aFileOfTwentyThousandRowsPreviewsAndImportsFromItsKeptPieces() {
        int count = 20_000;
        String[] rows = new String[count];
        for (int i = 0; i < count; i++) {
            rows[i] = Api.rowWith("value", String.valueOf(i + 1));
        }
        byte[] file = Api.csv(rows).getBytes(StandardCharsets.UTF_8);
        assertTrue(file.length > 2 * PendingImport.CHUNK_BYTES, "the file is kept in several pieces");
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response preview = preview(editor, file, true);
        preview.then().statusCode(200).body(containsString(count + " rows: " + count + " new claims"));
        assertEquals(0, database.countClaims(), "a preview stores nothing");
        String token = confirmToken(preview);
        assertTrue(chunksOf(token) > 2);
        confirm(editor, token).then().body(containsString("Imported " + count + " new claims"));
        assertEquals(count, database.countClaims());
        assertEquals(0, chunksOf(token), "an imported preview lets its file go");
    }

    private static long waitingFor(String editor) {
        return QuarkusTransaction.requiringNew().call(() -> PendingImport.count("uploadedBy", editor));
    }

    private static long chunksOf(String token) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) PendingImport.getEntityManager()
                .createNativeQuery("select count(*) from pending_import_chunk where token = ?1").setParameter(1, token)
                .getSingleResult()).longValue());
    }
}
