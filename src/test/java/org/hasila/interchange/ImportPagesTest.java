package org.hasila.interchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** The editor's import page: upload, preview with every row and problem, confirm. */
@QuarkusTest
class ImportPagesTest {

    private static final Pattern CONFIRM_TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @Inject
    DemoData demoData;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    /** Uploads a file for its preview and returns the page that shows it once its job has ended. */
    static Response preview(WebSession editor, byte[] file, boolean publish) {
        Response started = startPreview(editor, file, publish);
        return started.statusCode() == 303 ? ended(editor, started) : started;
    }

    /** Uploads a file for its preview, which runs as a job: a redirect to the job's page, or the form again. */
    static Response startPreview(WebSession editor, byte[] file, boolean publish) {
        String token = editor.csrfToken("/imports");
        var request = editor.request().multiPart("csrf-token", token).multiPart("file", "claims.csv", file, "text/csv");
        if (publish) {
            request.multiPart("publish", "true");
        }
        return request.post("/imports/preview");
    }

    /** Follows a redirect to a job's page, waits until the job has ended (a minute at most) and returns its page. */
    static Response ended(WebSession session, Response redirect) {
        String job = URI.create(redirect.header("Location")).getPath();
        if (job.startsWith("/imports/jobs/")) {
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while ("running".equals(session.get(job + "/progress").jsonPath().getString("state"))) {
                assertTrue(System.nanoTime() < deadline, job + " still runs after a minute");
                pause();
            }
        }
        return session.follow(redirect);
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String confirmToken(Response preview) {
        Matcher matcher = CONFIRM_TOKEN.matcher(preview.asString());
        assertTrue(matcher.find(), "the preview offers no confirmation");
        return matcher.group(1);
    }

    @Test
    void anEditorPreviewsTheSeedArticleThenImportsIt() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response preview = preview(editor, Fixtures.seedArticle(), true);
        assertEquals(200, preview.statusCode());
        String page = preview.asString();
        assertEquals(14, page.split("<td>new claim</td>", -1).length - 1);
        assertTrue(page.contains("They will be published."));
        assertTrue(page.contains("<td>1,669</td>"), "figures are written as every list writes them");
        Api.publishedClaims().body("claims", hasSize(0));

        confirm(editor, confirmToken(preview)).then().body(containsString("Imported 14 new claims"));
        Api.publishedClaims().body("claims", hasSize(14));
    }

    @Test
    void aPreviewCanBeConfirmedOnceOnlyAndOnlyByWhoeverUploadedIt() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = confirmToken(preview(editor, Fixtures.seedArticle(), false));
        accounts.ensureSecondEditor();
        WebSession secondEditor = WebSession.loggedIn(Accounts.SECOND_EDITOR, Accounts.SECOND_EDITOR_PASSWORD);
        confirm(secondEditor, token).then().body(containsString("expired or was already imported"));
        assertEquals(0, database.countClaims());
        confirm(editor, token).then().body(containsString("Imported 14 new claims"));
        confirm(editor, token).then().body(containsString("expired or was already imported"));
        assertEquals(14, database.countClaims());
    }

    /** Confirms a preview and returns the page the confirmation leads to, once its job has ended. */
    static Response confirm(WebSession session, String token) {
        String csrf = session.csrfToken("/imports");
        Response confirm = session.request().formParam("csrf-token", csrf).formParam("token", token)
                .post("/imports/confirm");
        assertEquals(303, confirm.statusCode());
        session.keepCookies(confirm);
        return ended(session, confirm);
    }

    @Test
    void aBadFileShowsEveryProblemAndCannotBeConfirmed() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String file = Api.csv(Api.row(), Api.rowWith("qualifier", "<b>roughly</b>"), Api.rowWith("period_end", "2020-02-30"));
        Response preview = preview(editor, file.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        assertEquals(200, preview.statusCode());
        preview.then().body(containsString("2 problems: nothing has been stored"))
                .body(containsString("<td>3</td><td>qualifier</td>"))
                .body(containsString("&#39;&lt;b&gt;roughly&lt;/b&gt;&#39; is not allowed"))
                .body(containsString("<td>4</td><td>period_end</td>"))
                .body(not(containsString("name=\"token\"")));
        assertEquals(0, database.countClaims());
    }

    @Test
    void theProblemsAndRowsAreCountedInEachLanguagesWords() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        byte[] oneBadLine = Api.csv(Api.rowWith("period_end", "2020-02-30")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] twoBadLines = Api.csv(Api.rowWith("qualifier", "roughly"), Api.rowWith("period_end", "2020-02-30"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        preview(editor, oneBadLine, false).then().statusCode(200)
                .body(containsString("1 problem: nothing has been stored"))
                .body(containsString("1 row: 0 new claims, 0 new sources for known claims, 0 duplicates"));
        preview(editor, twoBadLines, false).then().statusCode(200)
                .body(containsString("2 problems: nothing has been stored")).body(containsString("2 rows: 0 new claims"));
        editor.keepCookie("hasila-lang", "ar");
        preview(editor, oneBadLine, false).then().statusCode(200)
                .body(containsString("لم يُخزَّن أي شيء: في الملف مشكلة واحدة<"));
        preview(editor, twoBadLines, false).then().statusCode(200)
                .body(containsString("لم يُخزَّن أي شيء: في الملف مشكلتان<"));
    }

    @Test
    void uploadingNothingAsksForAFile() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/imports");
        editor.request().multiPart("csrf-token", token).multiPart("publish", "true").post("/imports/preview").then()
                .statusCode(200).body(containsString("id=\"file-error\">Choose a CSV file to upload."))
                .body(containsString("name=\"publish\" type=\"checkbox\" value=\"true\" checked"));
    }

    @Test
    void theDemoDataIsTheSeedArticleAndTheComparisonsPublishedWithArabicNames() throws java.io.IOException {
        demoData.load();
        Api.publishedClaims().body("claims", hasSize(44));
        assertEquals(44, database.countClaims());
        // Both sides' figures of the same losses: a timeline the demo data really compares
        io.restassured.RestAssured.given().get("/api/v1/timeline?conflict=2020-nagorno-karabakh-war"
                + "&category=soldiers-killed&subject=Azerbaijan&lang=ar").then().statusCode(200)
                .body("series.size()", org.hamcrest.Matchers.greaterThan(1))
                .body("series.party", org.hamcrest.Matchers.hasItems("أذربيجان", "أرمينيا"));
    }
}
