package org.hasila.reader;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drafts never show through what surrounds an answer: a timeline's ETag and Last-Modified move with published
 * claims only, and a name only drafts use is refused exactly like a name never used.
 */
@QuarkusTest
class DraftsInMetadataTest {

    static final String KILLED = "conflict=" + ReaderData.CONFLICT + "&category=civilians-killed&subject=Azerbaijan";
    static final String NEVER = "ZQXnever";

    /** Every answer a timeline gives, each with its own tag. */
    static final List<String> TIMELINE = List.of("/timelines", "/timelines/embed", "/timelines/chart.svg",
            "/timelines/chart.png", "/timelines/data.csv", "/timelines/data.json", "/api/v1/timeline");

    @Inject
    Database database;

    @BeforeEach
    void seedArticleAndDrafts() {
        ReaderData.load(database);
    }

    @Test
    void savingADraftChangesNoTimelinesTagNorItsDate() {
        List<Response> before = TIMELINE.stream().map(path -> given().get(path + "?" + KILLED)).toList();
        // A draft in the very timeline asked for: 480 civilians by the prosecutor's count, as of 20 October
        Api.importCsv(Api.csv(Api.row().replace(",47,", ",480,").replace("2020-10-16,exact,2020-10-16",
                "2020-10-20,exact,2020-10-20")), "").statusCode(201);
        for (int i = 0; i < TIMELINE.size(); i++) {
            String path = TIMELINE.get(i) + "?" + KILLED;
            Response after = given().get(path);
            assertEquals(200, after.statusCode(), path);
            assertEquals(before.get(i).header("ETag"), after.header("ETag"), path + ": a draft changed the ETag");
            assertEquals(before.get(i).header("Last-Modified"), after.header("Last-Modified"),
                    path + ": a draft changed Last-Modified");
            given().header("If-None-Match", before.get(i).header("ETag")).get(path).then().statusCode(304);
        }
    }

    @Test
    void editingOrUnpublishingAPublishedClaimChangesTheTag() {
        long claim47 = database.claimId(ReaderData.PROSECUTOR, 47);
        String published = given().get("/api/v1/timeline?" + KILLED).header("ETag");
        database.retract(claim47, "The office withdrew it.");
        String edited = given().get("/api/v1/timeline?" + KILLED).header("ETag");
        assertNotEquals(published, edited, "an edit of a published claim shows");
        database.unpublish(claim47);
        String unpublished = given().get("/api/v1/timeline?" + KILLED).header("ETag");
        assertNotEquals(edited, unpublished, "unpublishing shows");
        assertNotEquals(published, unpublished);
    }

    @Test
    void aTimelineNameOnlyDraftsUseAnswersLikeANameNeverUsed() {
        for (String path : TIMELINE) {
            answersAlike(path + "?conflict=Hidden war " + ReaderData.HIDDEN + "&category=civilians-killed&subject=Azerbaijan");
            answersAlike(path + "?conflict=" + ReaderData.CONFLICT + "&category=civilians-killed&subject=Hidden side "
                    + ReaderData.HIDDEN);
        }
        answersAlike("/api/v1/timelines?conflict=Hidden war " + ReaderData.HIDDEN);
    }

    @Test
    void aClaimsFilterNameOnlyDraftsUseAnswersLikeANameNeverUsed() {
        for (String path : List.of("/claims", "/api/v1/claims")) {
            answersAlike(path + "?conflict=Hidden war " + ReaderData.HIDDEN);
            answersAlike(path + "?claimant=Draft claimant " + ReaderData.HIDDEN);
            answersAlike(path + "?subject_side=Hidden side " + ReaderData.HIDDEN);
            answersAlike(path + "?claimant_side=Hidden side " + ReaderData.HIDDEN);
        }
        answersAlike("/api/v1/claims.csv?conflict=Hidden war " + ReaderData.HIDDEN);
        answersAlike("/api/v1/claims.json?conflict=Hidden war " + ReaderData.HIDDEN);

        long draftClaimant = database.idOf("Claimant", "name", "Draft claimant " + ReaderData.HIDDEN);
        String draft = given().get("/api/v1/claims?claimant=" + draftClaimant).then().statusCode(400).extract()
                .path("message");
        String never = given().get("/api/v1/claims?claimant=999999999").then().statusCode(400).extract()
                .path("message");
        assertEquals(never, draft.replace("“" + draftClaimant + "”", "“999999999”"));
        given().get("/claims?claimant=" + draftClaimant).then().statusCode(400)
                .body(containsString("No claimant is called “" + draftClaimant + "”."));
    }

    /** The answer for a URL with a name only drafts use equals the one for the same URL with a name never used. */
    private static void answersAlike(String withDraftName) {
        String withNeverUsed = withDraftName.replace(ReaderData.HIDDEN, NEVER);
        Response draft = given().get(withDraftName);
        Response never = given().get(withNeverUsed);
        assertEquals(never.statusCode(), draft.statusCode(), withDraftName);
        assertEquals(never.header("ETag"), draft.header("ETag"), withDraftName);
        assertEquals(never.contentType(), draft.contentType(), withDraftName);
        assertEquals(never.asString(), draft.asString().replace(ReaderData.HIDDEN, NEVER), withDraftName);
    }
}
