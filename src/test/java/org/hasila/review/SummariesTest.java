package org.hasila.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.DeskTests;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readers' summaries are kept as a tally that each change recounts where it touched: after a publish, an
 * unpublish, a status and an import, the tally is what counting every published claim afresh gives, and the pages
 * and API read from it say so at once; a timeline's kept answer is the one computed afresh with nothing kept.
 */
@QuarkusTest
class SummariesTest {

    static final String CONFLICT = "2020 Nagorno-Karabakh war";
    static final String DRAFT_CLAIMANT = "Ombudsman of Azerbaijan";
    static final String KILLED = "/api/v1/timeline?conflict=2020-nagorno-karabakh-war&category=civilians-killed"
            + "&subject=Azerbaijan";
    static final String INJURED = "/api/v1/timeline?conflict=2020-nagorno-karabakh-war&category=civilians-injured"
            + "&subject=Azerbaijan";

    @Inject
    Database database;

    @Inject
    PublishedSummaries summaries;

    @Inject
    PublishedData published;

    @Inject
    @CacheName("timeline-answer")
    Cache timelineAnswers;

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
        // The conflict's headline is read again: the published claim is its latest
        WebSession.anonymous().get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("15"))
                .body(org.hamcrest.Matchers.containsString("/claims/" + draft + "\""));

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
        WebSession.anonymous().get("/").then().statusCode(200)
                .body(not(org.hamcrest.Matchers.containsString("/claims/" + draft + "\"")));
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
    void aSourceChangedOrAttachedRecountsThePublishedClaimsItIsCitedBy() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String killedEtag = given().get(KILLED).then().statusCode(200).extract().header("ETag");
        String seed = DeskTests.enterSource(editor);
        Map<String, String> moved = new HashMap<>(DeskTests.seedSource());
        moved.putAll(Map.of("source_url", "https://example.org/moved-article", "reason", "The outlet moved it."));
        assertEquals(303, editor.submit(seed + "/edit?lang=en", seed, moved).statusCode());
        // Timelines take their version from the tally: its last change moved with the claims citing the source
        asCountedAfresh();
        String moved1 = given().get(KILLED).then().statusCode(200).extract().header("ETag");
        assertNotEquals(killedEtag, moved1);

        Map<String, String> other = new HashMap<>(DeskTests.seedSource());
        other.putAll(Map.of("source_outlet", "Another outlet", "source_language", "en"));
        String second = DeskTests.enter(editor, other);
        long prosecutor = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        assertEquals(303, editor.submit(second, second + "/attach",
                Map.of("claim", String.valueOf(prosecutor), "attach_quote", "47 civilians")).statusCode());
        asCountedAfresh();
        assertNotEquals(moved1, given().get(KILLED).then().statusCode(200).extract().header("ETag"));
    }

    @Test
    void aLostTallyIsCountedAgain() {
        database.emptyPublishedTally();
        assertEquals(0, summaries.kept().size());
        summaries.rebuild();
        asCountedAfresh();
        claimsOfTheConflict(14);
    }

    @Test
    void keptTimelinesAreAsComputedAfreshAfterPublishStatusUnpublishAndImport() {
        claimsOfTheConflict(14);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String killed = asComputedAfresh(KILLED);
        String injured = given().get(INJURED).then().statusCode(200).extract().header("ETag");

        assertEquals(303, editor.submit("/review", "/review/claims/" + draft + "/publish", Map.of("back", "?"))
                .statusCode());
        claimsOfTheConflict(15);
        given().get(KILLED).then().body("series.points.claims.flatten()", hasItem((int) draft));
        assertNotEquals(killed, asComputedAfresh(KILLED));
        // The timeline the publish did not touch is answered as before, under the same tag
        given().header("If-None-Match", injured).get(INJURED).then().statusCode(304);

        assertEquals(303, editor.submit("/claims/" + draft, "/review/claims/" + draft + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?"))
                .statusCode());
        given().get("/api/v1/claimants").then()
                .body("find { it.name == '" + DRAFT_CLAIMANT + "' }.disputed", equalTo(1));
        given().get(KILLED).then().body("series.points.flatten().find { it.claims.contains(" + draft + ") }.status",
                equalTo("disputed"));
        asComputedAfresh(KILLED);

        assertEquals(303, editor.submit("/review?show=all", "/review/claims/" + draft + "/unpublish",
                Map.of("back", "?show=all")).statusCode());
        claimsOfTheConflict(14);
        given().get(KILLED).then().body("series.points.claims.flatten()", not(hasItem((int) draft)));
        assertEquals(killed, asComputedAfresh(KILLED));

        Api.importCsv(Api.csv(Api.rowWith("claimant", "Imported claimant")), "?publish=true").statusCode(201);
        claimsOfTheConflict(15);
        given().get("/api/v1/claimants").then().body("name", hasItem("Imported claimant"));
        assertNotEquals(killed, asComputedAfresh(KILLED));
    }

    /** The answer kept for {@code path}, once it is checked to be the one computed with nothing kept. */
    private String asComputedAfresh(String path) {
        String kept = given().get(path).then().statusCode(200).extract().asString();
        timelineAnswers.invalidateAll().await().indefinitely();
        assertEquals(given().get(path).then().statusCode(200).extract().asString(), kept);
        return kept;
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
