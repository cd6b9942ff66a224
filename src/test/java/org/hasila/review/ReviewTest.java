package org.hasila.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's review: publish, unpublish, corroborate, dispute, retract, each with the reason readers see. */
@QuarkusTest
class ReviewTest {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    long claim;

    @BeforeEach
    void aDraft() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
        Api.importCsv(Api.csv(Api.row()), "").statusCode(201);
        claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
    }

    @Test
    void theQueueListsDraftsNewestFirstAndFilters() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Ombudsman of Azerbaijan")), "").statusCode(201);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String queue = editor.get("/review").then().statusCode(200).extract().asString();
        assertEquals(true, queue.indexOf("Ombudsman of Azerbaijan") < queue.indexOf("Prosecutor General"));
        editor.get("/review?claimant=ombudsman").then().body(not(containsString("Prosecutor General")))
                .body(containsString("Ombudsman of Azerbaijan"));
        editor.get("/review?journalist=nobody").then().body(containsString("Nothing waits for review."));
    }

    @Test
    void anEditorPublishesThenDisputesWithAReasonReadersSee() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?")).statusCode());
        Api.publishedClaims().body("claims", hasSize(1));
        Response disputed = editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?"));
        assertEquals(303, disputed.statusCode());
        WebSession.anonymous().get("/claims/" + claim).then().statusCode(200)
                .body(containsString("disputed: <span dir=\"auto\">Local hospitals count fewer dead.</span>"));
        Api.publishedClaims().body("claims[0].status", equalTo("disputed"),
                "claims[0].status_reason", equalTo("Local hospitals count fewer dead."));
        editor.get("/claims/" + claim).then().body(containsString("Local hospitals count fewer dead."))
                .body(containsString("<tr><td>status</td><td dir=\"auto\">reported</td><td dir=\"auto\">disputed</td></tr>"));
    }

    @Test
    void aStatusOtherThanReportedNeedsAReason() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response refused = editor.submit("/review", "/review/claims/" + claim + "/status",
                Map.of("status", "retracted", "reason", " ", "back", "?"));
        assertEquals(303, refused.statusCode());
        editor.follow(refused).then().body(containsString("needs a reason readers can see"));
        assertEquals("REPORTED", database.claimField(claim, "status").toString());
        editor.submit("/review", "/review/claims/" + claim + "/status", Map.of("status", "bogus", "back", "?"));
        assertEquals("REPORTED", database.claimField(claim, "status").toString());
    }

    @Test
    void retractedClaimsStayVisibleMarkedAndAreNotDrawn() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"));
        editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "retracted", "reason", "The office withdrew it.", "back", "/claims/" + claim));
        WebSession.anonymous().get("/claims/" + claim).then().statusCode(200)
                .body(containsString("retracted: <span dir=\"auto\">The office withdrew it.</span>"));
        WebSession.anonymous().get("/api/v1/timeline?" + KILLED).then().body("series", hasSize(0),
                "retracted", hasSize(1));
    }

    @Test
    void unpublishingHidesAClaimFromReadersAgain() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"));
        assertEquals(200, WebSession.anonymous().get("/claims/" + claim).statusCode());
        editor.submit("/review?show=all", "/review/claims/" + claim + "/unpublish", Map.of("back", "?show=all"));
        assertEquals(404, WebSession.anonymous().get("/claims/" + claim).statusCode());
        Api.publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void journalistsCannotPublishOrEditOthersOrPublishedClaims() {
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        String token = journalist.csrfToken("/desk/sources/new");
        assertEquals(403, journalist.request().formParam("csrf-token", token).formParam("back", "?")
                .post("/review/claims/" + claim + "/publish").statusCode());
        assertEquals(403, journalist.get("/review").statusCode());
        assertEquals(403, journalist.get("/desk/claims/" + claim + "/edit").statusCode(), "another's draft");
        assertEquals(false, database.claimField(claim, "published"));
    }
}
