package org.hasila.interchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hasila.interchange.ImportPagesTest.confirmToken;
import static org.hasila.interchange.ImportPagesTest.ended;
import static org.hasila.interchange.ImportPagesTest.pause;
import static org.hasila.interchange.ImportPagesTest.preview;
import static org.hasila.interchange.ImportPagesTest.startPreview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Previews and imports run as jobs: their page shows their progress and then what they found, the desk lists them, a
 * second job of a file that runs is refused, and a job whose instance stopped is failed with nothing stored.
 */
@QuarkusTest
class ImportJobsTest {

    private static final int ROWS = 3_000;

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @Inject
    DataSource dataSource;

    @Inject
    ImportJobs jobs;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    private static byte[] generatedFile() {
        String[] rows = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            rows[i] = Api.rowWith("value", String.valueOf(i + 1));
        }
        return Api.csv(rows).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anImportShowsItsProgressAndASecondImportOfItsFileIsRefusedWhileItRuns() throws Exception {
        byte[] file = generatedFile();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = confirmToken(preview(editor, file, true));
        Response confirmed;
        String job;
        // The test holds the preview's row, so the import waits for it at its start (less than H2's 2 s lock timeout)
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            hold(holder, token);
            String csrf = editor.csrfToken("/imports");
            confirmed = editor.request().formParam("csrf-token", csrf).formParam("token", token).post("/imports/confirm");
            assertEquals(303, confirmed.statusCode());
            job = URI.create(confirmed.header("Location")).getPath();
            assertTrue(job.matches("/imports/jobs/\\d+"), job);
            String id = job.substring(job.lastIndexOf('/') + 1);

            editor.get(job).then().statusCode(200)
                    .body(containsString("<progress id=\"job-progress\" max=\"1000\" value=\"0\"></progress>"))
                    .body(containsString("0 rows checked"))
                    .body(containsString("<noscript><meta http-equiv=\"refresh\" content=\"3\"></noscript>"))
                    .body(containsString("<script src=\"/imports.js?v="));
            editor.get(job + "/progress").then().statusCode(200).body("state", equalTo("running"))
                    .body("rows_total", equalTo(ROWS)).body("rows_checked", equalTo(0));
            Api.importCsv(file, "?publish=true").statusCode(409)
                    .body("message", containsString("by job " + id))
                    .body("message", containsString("/imports/jobs/" + id));
            startPreview(editor, file, false).then().statusCode(200)
                    .body(containsString("id=\"file-error\">This file is being checked or imported already, by job "
                            + id))
                    .body(containsString("<a href=\"/imports/jobs/" + id + "\">Follow job " + id));
            holder.rollback();
        }

        List<Long> checked = new ArrayList<>();
        List<Long> stored = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        JsonPath progress;
        do {
            assertTrue(System.nanoTime() < deadline, "the import still runs after a minute");
            pause();
            progress = editor.get(job + "/progress").jsonPath();
            checked.add(progress.getLong("rows_checked"));
            stored.add(progress.getLong("rows_stored"));
        } while ("running".equals(progress.getString("state")));
        assertEquals("done", progress.getString("state"));
        for (int i = 1; i < checked.size(); i++) {
            assertTrue(checked.get(i) >= checked.get(i - 1) && stored.get(i) >= stored.get(i - 1),
                    "progress never goes back: " + checked + " " + stored);
        }
        assertEquals(ROWS, progress.getLong("rows_checked"));
        assertEquals(ROWS, progress.getLong("rows_stored"));
        assertEquals(1000, progress.getLong("per_mille"));
        ended(editor, confirmed).then().body(containsString("role=\"status\">Imported " + ROWS + " new claims"));
        assertEquals(ROWS, database.countClaims());
        // Once the job has ended, the same file may run again (its claims are duplicates now)
        Api.importCsv(file, "").statusCode(201).body("claims_created", equalTo(0));
    }

    @Test
    void aJobWhoseInstanceStoppedIsFailedWithNothingStoredAndItsFileImportsAgain() throws Exception {
        byte[] seed = Fixtures.seedArticle();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed));
        ImportJob left = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.running(ImportJob.Kind.IMPORT, "seed.csv", sha256, Accounts.EDITOR,
                    "another-instance:8080", true, seed.length, 14L);
            job.rowsChecked = 7;
            job.rowsStored = 7;
            job.persist();
            return job;
        });
        // Its instance still beats: the file is being imported there
        Api.importCsv(seed, "?publish=true").statusCode(409).body("message", containsString("by job " + left.id));

        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("heartbeatAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofMinutes(2)), left.id));
        assertEquals(0, database.countClaims(), "a job that never ended stored nothing");
        Api.importCsv(seed, "?publish=true").statusCode(201).body("claims_created", equalTo(14));
        assertEquals(14, database.countClaims());

        ImportJob failed = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob> findById(left.id));
        assertEquals(ImportJob.State.FAILED, failed.state);
        assertEquals(null, failed.runningSha256);
        assertNotNull(failed.finishedAt);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.get("/imports/jobs/" + left.id).then().statusCode(200)
                .body(containsString("role=\"alert\">The server stopped during the import; nothing was stored. "
                        + "Start it again."))
                .body(not(containsString("<progress")));
        editor.get("/imports/jobs/" + left.id + "/progress").then().body("state", equalTo("failed"));
    }

    @Test
    void onlyEditorsSeeJobsAndTheDeskListsItsEditorsJobs() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response started = startPreview(editor, Fixtures.seedArticle(), false);
        assertEquals(303, started.statusCode());
        String job = URI.create(started.header("Location")).getPath();
        String id = job.substring(job.lastIndexOf('/') + 1);
        ended(editor, started).then().body(containsString("Preview of claims.csv"))
                .body(containsString("name=\"token\""));
        editor.get("/desk").then().body(containsString("Your imports"))
                .body(containsString("<a href=\"/imports/jobs/" + id + "\">Job " + id + ": claims.csv, done</a>"));
        editor.keepCookie("hasila-lang", "ar");
        editor.get("/desk").then().body(containsString("المهمة " + id + ": claims.csv، منتهية"));

        accounts.ensureSecondEditor();
        WebSession.loggedIn(Accounts.SECOND_EDITOR, Accounts.SECOND_EDITOR_PASSWORD).get(job).then().statusCode(200);
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        assertEquals(403, journalist.get(job).statusCode());
        assertEquals(403, journalist.get(job + "/progress").statusCode());
        journalist.get("/desk").then().body(not(containsString("/imports/jobs/")));
        Response anonymous = WebSession.anonymous().get(job + "/progress");
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "" + anonymous.statusCode());
        editor.get("/imports/jobs/999999999").then().statusCode(404);
    }

    /**
     * A graceful stop (SIGTERM) ends a running import before the database's connections close: rolled back, the job
     * recorded as stopped with its sentence, one line in the log and no stack trace, and the preview can be
     * confirmed again.
     */
    @Test
    void aStopEndsARunningImportWithNothingStoredAndItsPreviewCanBeConfirmedAgain() throws Exception {
        byte[] file = generatedFile();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = confirmToken(preview(editor, file, true));
        Response confirmed = editor.request().formParam("csrf-token", editor.csrfToken("/imports"))
                .formParam("token", token).post("/imports/confirm");
        assertEquals(303, confirmed.statusCode());
        String job = URI.create(confirmed.header("Location")).getPath();
        long id = Long.parseLong(job.substring(job.lastIndexOf('/') + 1));
        // The stop begins as the job does: the job ends at its first step, its first thousand rows
        jobs.stopJobs(Duration.ofSeconds(30));

        ImportJob stopped = jobs.find(id);
        assertEquals(ImportJob.State.FAILED, stopped.state);
        assertEquals(ImportJob.STOPPED, stopped.failure);
        assertEquals(null, stopped.runningSha256);
        assertEquals(0, database.countClaims(), "a stopped import stored nothing");
        editor.get(job).then().statusCode(200)
                .body(containsString("role=\"alert\">The server stopped during the import; nothing was stored. "
                        + "Start it again."));
        List<String> log = Files.readAllLines(Path.of("target/quarkus-test.log"));
        int line = log.indexOf(log.stream().filter(l -> l.contains("Import job " + id + " stopped with its instance"))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no log line of the stop")));
        String next = line + 1 < log.size() ? log.get(line + 1) : "";
        assertTrue(!next.startsWith("\tat ") && !next.contains("Exception"), "a stack trace follows: " + next);

        Response again = editor.request().formParam("csrf-token", editor.csrfToken("/imports"))
                .formParam("token", token).post("/imports/confirm");
        assertEquals(303, again.statusCode());
        ended(editor, again).then().body(containsString("role=\"status\">Imported " + ROWS + " new claims"));
        assertEquals(ROWS, database.countClaims());
    }

    /** An import sent to the API when the stop begins is answered 503 with a sentence, and nothing is stored. */
    @Test
    void aStopAnswersAnImportThroughTheApiWithNothingStored() throws Exception {
        byte[] file = generatedFile();
        CompletableFuture<ValidatableResponse> answer = CompletableFuture
                .supplyAsync(() -> Api.importCsv(file, "?publish=true"));
        // A stop asked again and again, until the import's request has answered: one begins as its job does
        while (!answer.isDone()) {
            jobs.stopJobs(Duration.ZERO);
            Thread.sleep(10);
        }
        answer.get().statusCode(503).body("message",
                equalTo("The server stopped during the import; nothing was stored. Send the file again."));
        assertEquals(0, database.countClaims());
        Api.importCsv(file, "?publish=true").statusCode(201).body("claims_created", equalTo(ROWS));
    }

    /** Instances on one host share the uploads directory: a starting instance deletes its own jobs' files only. */
    @Test
    void aStartingInstanceLeavesOtherInstancesJobFiles() throws Exception {
        Path uploads = Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
        Files.createDirectories(uploads);
        Path mine = Files.writeString(uploads.resolve("import-job-test-instance-1.csv"), "left by a stop");
        Path theirs = Files.writeString(uploads.resolve("import-job-web-2_8080-1.csv"), "imported now by web-2");
        try {
            jobs.deleteFilesLeft();
            assertTrue(Files.notExists(mine), "this instance's file is deleted");
            assertTrue(Files.exists(theirs), "another instance's file is kept");
        } finally {
            Files.deleteIfExists(theirs);
        }
    }

    private static void hold(Connection connection, String token) throws SQLException {
        try (PreparedStatement update = connection
                .prepareStatement("update pending_import set size_bytes = size_bytes where token = ?")) {
            update.setString(1, token);
            assertEquals(1, update.executeUpdate());
        }
    }
}
