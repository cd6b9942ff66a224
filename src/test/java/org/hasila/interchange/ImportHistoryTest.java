package org.hasila.interchange;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An import's history is written in bulk, not by Envers: one revision for the whole file, signed by the editor with
 * the file's name, holding every row it stored; the history pages read it as they read Envers' own; a file with a
 * problem leaves no trace, not even a revision.
 */
@QuarkusTest
class ImportHistoryTest {

    static final String HEADER = Api.HEADER.replace(",translation,", ",translation,translation@ar,");
    static final List<String> AUDITED = List.of("conflict", "party", "claimant", "source", "claim", "claim_source",
            "quote_translation");

    @Inject
    Database database;

    @Inject
    EntityManager em;

    @Inject
    ClaimImporter importer;

    @BeforeEach
    void empty() {
        database.emptyClaimsRegister();
    }

    /** Two claims read in one article, the first also in a second article, each quote translated into Arabic. */
    static String weekOne() {
        return file(Api.row(), Api.rowWith("value", "12"),
                Api.rowWith("source_url", "https://example.org/b").replace(",Title,", ",Another title,"));
    }

    static String file(String... rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (String row : rows) {
            csv.append(row.replace(",quote,translation,notes", ",quote,translation,ترجمة,notes")).append("\r\n");
        }
        return csv.toString();
    }

    static ValidatableResponse importFile(String csv, String fileName) {
        return Api.asEditor().contentType("text/csv").header("Content-Disposition", "attachment; filename=\"" + fileName
                + "\"").body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/claims/import?publish=true")
                .then();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    @Test
    void anImportWritesOneRevisionNamingItsFileForEveryRowItStored() {
        long revisionsBefore = count("select count(*) from revision");
        importFile(weekOne(), "karabakh-week-1.csv").statusCode(201);

        assertEquals(revisionsBefore + 1, count("select count(*) from revision"));
        assertEquals(1, count("select count(*) from revision where username = '" + Accounts.EDITOR
                + "' and reason = 'Imported from the file karabakh-week-1.csv'"));
        long revision = count("select max(id) from revision");
        Map<String, Long> stored = Map.of("conflict", 1L, "party", 2L, "claimant", 1L, "source", 2L, "claim", 2L,
                "claim_source", 3L, "quote_translation", 3L);
        for (String table : AUDITED) {
            assertEquals(stored.get(table), count("select count(*) from " + table), table);
            assertEquals(stored.get(table), count("select count(*) from " + table + "_aud where rev = " + revision
                    + " and revtype = 0"), table + "_aud");
            assertEquals(stored.get(table), count("select count(*) from " + table + "_aud"), table + "_aud");
        }
        // Every column is copied as stored
        assertEquals(2, count("select count(*) from claim c join claim_aud a on a.id = c.id where a.published = true "
                + "and a.value_exact = c.value_exact and a.fingerprint = c.fingerprint and a.created_at = c.created_at "
                + "and a.published_at = c.published_at and a.created_by = '" + Accounts.EDITOR + "'"));
        assertEquals(3, count("select count(*) from quote_translation_aud where words = 'ترجمة' and language = 'ar'"));
    }

    @Test
    void theClaimPageShowsTheImportInItsHistoryAndTheImportThatAddedASource() {
        importFile(weekOne(), "karabakh-week-1.csv").statusCode(201);
        long claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        importFile(file(Api.rowWith("source_url", "https://example.org/c").replace(",Title,", ",Third title,")),
                "karabakh-week-2.csv").statusCode(201);
        assertEquals(3, database.countSources(claim));

        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String page = editor.get("/claims/" + claim + "?lang=en").then().statusCode(200)
                .body(containsString("Imported from the file karabakh-week-1.csv"))
                .body(containsString("Imported from the file karabakh-week-2.csv"))
                .body(containsString("<strong>created</strong> · " + Accounts.EDITOR + ", "))
                .body(containsString("https://example.org/c")).extract().asString();
        // The second import changed the claim (its source), newest first
        assertEquals(true, page.indexOf("karabakh-week-2.csv") < page.indexOf("karabakh-week-1.csv"), page);
        assertEquals(2, count("select count(*) from claim_aud where id = " + claim));
    }

    @Test
    void aCorrectionAfterAnImportIsMeasuredAgainstTheImportedVersion() {
        importFile(weekOne(), "karabakh-week-1.csv").statusCode(201);
        long claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "disputed", "reason", "Hospitals count fewer.", "back", "?")).statusCode());

        io.restassured.RestAssured.given().get("/corrections?lang=en").then().statusCode(200)
                .body(containsString("status: reported → disputed"))
                .body(containsString("Hospitals count fewer."))
                .body(not(containsString("karabakh-week-1.csv")));
    }

    @Test
    void theDeskStoresSourcesAndClaimsAfterAnImportWithoutReusingItsIds() {
        importFile(weekOne(), "karabakh-week-1.csv").statusCode(201);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Map<String, String> source = Map.of("source_outlet", "Another outlet", "source_title", "A desk article",
                "source_published_on", "2020-10-17", "source_language", "en");
        Response created = editor.submit("/desk/sources/new", "/desk/sources", source);
        assertEquals(303, created.statusCode(), created.asString());
        String sourcePage = java.net.URI.create(created.header("Location")).getPath();
        Map<String, String> claim = new HashMap<>(Map.of("conflict", "2020 Nagorno-Karabakh war",
                "claimant", "Prosecutor General's Office of Azerbaijan", "claimant_side", "Azerbaijan",
                "subject_side", "Azerbaijan", "caused_by", "Armenia", "category", "civilians-killed",
                "qualifier", "exact", "value", "99", "counting", "cumulative", "period_start", "2020-09-27"));
        claim.putAll(Map.of("period_end", "2020-10-17", "as_of_precision", "exact", "stated_on", "2020-10-17",
                "quote", "quote", "translation", "translation", "claimant_kind", "side"));
        Response added = editor.submit(sourcePage, sourcePage + "/claims", claim);
        assertEquals(303, added.statusCode(), added.asString());
        assertEquals(3, database.countClaims());
        assertEquals(3, count("select count(*) from source"));
    }

    @Test
    void theImportTellsItsProgressEveryThousandRowsAndAtTheEnd() {
        String[] rows = new String[2_500];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Api.rowWith("value", String.valueOf(i));
        }
        List<String> told = new ArrayList<>();
        ImportReport report = importer.importCsv(
                new ByteArrayInputStream(file(rows).getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(false, false, Accounts.EDITOR, "progress.csv"), new ImportProgress() {
                    @Override
                    public void checked(long rows) {
                        told.add("checked " + rows);
                    }

                    @Override
                    public void stored(long rows) {
                        told.add("stored " + rows);
                    }
                });
        assertEquals(2_500, report.claimsCreated(), report.problems().toString());
        assertEquals(List.of("checked 1000", "stored 1000", "checked 2000", "stored 2000", "checked 2500",
                "stored 2500"), told);
        assertEquals(2_500, count("select count(*) from claim_aud"));
    }

    @Test
    void aFileWithAProblemStoresNothingNotEvenHistoryOrARevision() {
        long revisionsBefore = count("select count(*) from revision");
        importFile(file(Api.row(), Api.rowWith("value", "many")), "broken.csv").statusCode(422)
                .body(containsString("many"));

        assertEquals(revisionsBefore, count("select count(*) from revision"));
        for (String table : AUDITED) {
            assertEquals(0, count("select count(*) from " + table), table);
            assertEquals(0, count("select count(*) from " + table + "_aud"), table + "_aud");
        }
    }
}
