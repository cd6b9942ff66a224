package org.hasila.review;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readers' summaries are kept as a tally that each change recounts where it touched: after a publish, an
 * unpublish, a status and an import, the tally is what counting every published claim afresh gives, and the pages
 * and API read from it say so at once.
 */
@QuarkusTest
class SummariesTest {

    static final String CONFLICT = "2020 Nagorno-Karabakh war";
    static final String DRAFT_CLAIMANT = "Ombudsman of Azerbaijan";

    @Inject
    Database database;

    @Inject
    PublishedSummaries summaries;

    @Inject
    PublishedData published;

    long draft;

    @BeforeEach
    void theSeedArticleAndADraft() {
        Api.onlyTheSeedArticle(database);
        Api.importCsv(Api.csv(Api.rowWith("claimant", DRAFT_CLAIMANT)), "").statusCode(201);
        draft = database.claimId(DRAFT_CLAIMANT, 47);
    }

    @Test
    void publishStatusAndUnpublishRecountWhatTheyTouch() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        long before = published.version();
        asCountedAfresh();
        claimsOfTheConflict(14);

        assertEquals(303, editor.submit("/review", "/review/claims/" + draft + "/publish", Map.of("back", "?"))
                .statusCode());
        asCountedAfresh();
        assertTrue(published.version() > before, "the published version moves with the tally");
        claimsOfTheConflict(15);
        WebSession.anonymous().get("/api/v1/claimants").then().body("name", hasItem(DRAFT_CLAIMANT));
        WebSession.anonymous().get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("15"));

        assertEquals(303, editor.submit("/claims/" + draft, "/review/claims/" + draft + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?"))
                .statusCode());
        asCountedAfresh();
        WebSession.anonymous().get("/api/v1/claimants").then()
                .body("find { it.name == '" + DRAFT_CLAIMANT + "' }.disputed", equalTo(1));

        assertEquals(303, editor.submit("/review?show=all", "/review/claims/" + draft + "/unpublish",
                Map.of("back", "?show=all")).statusCode());
        asCountedAfresh();
        claimsOfTheConflict(14);
        WebSession.anonymous().get("/api/v1/claimants").then().body("name", not(hasItem(DRAFT_CLAIMANT)));
    }

    @Test
    void anImportRecountsWhatItStored() {
        Api.importCsv(Fixtures.karabakhComparisons(), "?publish=true").statusCode(201);
        asCountedAfresh();
        long comparisons = Api.publishedClaims().extract().jsonPath().getList("claims").size();
        WebSession.anonymous().get("/api/v1/timelines").then().statusCode(200);
        claimsOfTheConflict(database.countClaims() - 1);
        assertTrue(comparisons > 14);

        // Drafts count for nothing; a row that only adds a source to a published claim leaves the counts as they were
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Draft claimant").replace("exact,47", "exact,48")), "")
                .statusCode(201);
        asCountedAfresh();
        claimsOfTheConflict(database.countClaims() - 2);
    }

    @Test
    void aMergeRecountsWhereTheClaimsWereAndWhereTheyAre() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", DRAFT_CLAIMANT).replace(",47,", ",48,")
                .replace(",Title,", ",Another title,")), "?publish=true").statusCode(201);
        asCountedAfresh();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/names/claimant/edit?name=" + DRAFT_CLAIMANT, "/names/claimant/merge",
                Map.of("name", DRAFT_CLAIMANT, "into", "Prosecutor General's Office of Azerbaijan", "merge_reason",
                        "One office, two spellings."))
                .statusCode());
        asCountedAfresh();
        WebSession.anonymous().get("/api/v1/claimants").then().body("name", not(hasItem(DRAFT_CLAIMANT)))
                .body("find { it.name == 'Prosecutor General\\'s Office of Azerbaijan' }.claims", equalTo(8));
    }

    @Test
    void aLostTallyIsCountedAgain() {
        database.emptyPublishedTally();
        assertEquals(0, summaries.kept().size());
        summaries.rebuild();
        asCountedAfresh();
        claimsOfTheConflict(14);
    }

    /** The tally kept is the one counted from every published claim. */
    private void asCountedAfresh() {
        assertEquals(summaries.recomputed(), summaries.kept());
        assertTrue(!summaries.kept().isEmpty());
    }

    private static void claimsOfTheConflict(long claims) {
        WebSession.anonymous().get("/api/v1/conflicts").then().statusCode(200)
                .body("find { it.name == '" + CONFLICT + "' }.claims", equalTo((int) claims));
    }
}
