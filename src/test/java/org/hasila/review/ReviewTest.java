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
        // In another article: the queue lists sources by their newest claim, a source's claims in the article's order
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Ombudsman of Azerbaijan").replace(",Title,", ",Later,")), "")
                .statusCode(201);
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

    /** Two more claims: one read in the same source as the first, one in another article. */
    long[] aSourceOfTwoClaimsAndAnother() {
        Api.importCsv(Api.csv(Api.rowWith("value", "222").replace("civilians-killed", "civilians-injured"),
                Api.rowWith("source_title", "Another article").replace(",47,", ",12,")), "").statusCode(201);
        long injured = database.claimId("Prosecutor General's Office of Azerbaijan", 222);
        long elsewhere = database.claimId("Prosecutor General's Office of Azerbaijan", 12);
        return new long[] { injured, elsewhere, database.idOf("Source", "title", "Title") };
    }

    @Test
    void theQueueGroupsDraftsBySourceWithEachQuoteBesideItsFigure() {
        long[] more = aSourceOfTwoClaimsAndAnother();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String queue = editor.get("/review").then().statusCode(200).extract().asString();
        String source = queue.substring(queue.indexOf("action=\"/review/sources/" + more[2] + "\""));
        source = source.substring(0, source.indexOf("</form>"));
        assertEquals(true, source.contains("value=\"" + claim + "\" id=\"claim-" + claim + "\" checked"), source);
        assertEquals(true, source.contains("value=\"" + more[0] + "\" id=\"claim-" + more[0] + "\" checked"), source);
        assertEquals(false, source.contains("id=\"claim-" + more[1] + "\""), "a claim of another source");
        assertEquals(true, source.matches(
                "(?s).*<strong>47</strong>.*<blockquote class=\"queued-quote\" lang=\"ar\" dir=\"auto\">quote</blockquote>.*"),
                source);
        assertEquals(true,
                queue.contains("<h2 id=\"source-" + more[2] + "\"><bdi>Al Jazeera Mubasher</bdi>, <bdi>Title</bdi></h2>"),
                queue);
        editor.get("/review?lang=ar").then().body(containsString("الادعاءات الواردة في هذا المصدر"));
    }

    @Test
    void anEditorPublishesTheChosenClaimsOfASourceInOneAction() {
        long[] more = aSourceOfTwoClaimsAndAnother();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/review");
        Response published = editor.request().formParam("csrf-token", token).formParam("claim", claim, more[0])
                .formParam("decision", "publish").formParam("reason", "").formParam("claimant", "prosecutor")
                .post("/review/sources/" + more[2]);
        assertEquals(303, published.statusCode());
        editor.keepCookies(published);
        assertEquals(true, published.header("Location").endsWith("/review?claimant=prosecutor"),
                published.header("Location"));
        editor.follow(published).then().body(containsString("The chosen claims of Al Jazeera Mubasher are published."));
        assertEquals(true, database.claimField(claim, "published"));
        assertEquals(true, database.claimField(more[0], "published"));
        assertEquals(false, database.claimField(more[1], "published"), "a claim of another source");
        Api.publishedClaims().body("claims", hasSize(2));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        for (long each : new long[] { claim, more[0] }) {
            editor.get("/claims/" + each).then().body(containsString(
                    "<tr><td>published</td><td dir=\"auto\">false</td><td dir=\"auto\">true</td></tr>"))
                    .body(containsString(today));
        }
    }

    @Test
    void onlyTheChosenClaimsArePublished() {
        long[] more = aSourceOfTwoClaimsAndAnother();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/review", "/review/sources/" + more[2],
                Map.of("claim", more[0], "decision", "publish")).statusCode());
        assertEquals(false, database.claimField(claim, "published"));
        assertEquals(true, database.claimField(more[0], "published"));
    }

    @Test
    void disputingWithoutAReasonKeepsTheChoiceWithTheMessageNextToTheReason() {
        long[] more = aSourceOfTwoClaimsAndAnother();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response refused = editor.submit("/review", "/review/sources/" + more[2],
                Map.of("claim", more[0], "decision", "dispute", "reason", "  ", "journalist", "admin"));
        assertEquals(200, refused.statusCode());
        String page = refused.asString();
        assertEquals(true, page.contains("<p class=\"error\" id=\"reason-" + more[2]
                + "-error\">Disputing needs a reason readers can see.</p>"), page);
        assertEquals(true, page.contains("aria-invalid=\"true\" aria-describedby=\"reason-" + more[2] + "-error\""));
        assertEquals(true, page.contains("value=\"dispute\" checked"), "the decision is kept");
        assertEquals(true, page.contains("id=\"claim-" + more[0] + "\" checked"), "the chosen claim stays chosen");
        assertEquals(false, page.contains("id=\"claim-" + claim + "\" checked"), "the other stays unchosen");
        assertEquals(true, page.contains("name=\"journalist\" value=\"admin\""), "the queue's filters are kept");
        assertEquals("REPORTED", database.claimField(more[0], "status").toString());

        Response disputed = editor.submit("/review", "/review/sources/" + more[2],
                Map.of("claim", more[0], "decision", "dispute", "reason", "The office later gave 211."));
        assertEquals(303, disputed.statusCode());
        assertEquals("DISPUTED", database.claimField(more[0], "status").toString());
        assertEquals("The office later gave 211.", database.claimField(more[0], "statusReason"));
        assertEquals("REPORTED", database.claimField(claim, "status").toString());
    }

    @Test
    void aSourceIsDecidedAllOrNothing() {
        long[] more = aSourceOfTwoClaimsAndAnother();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/review");
        Response refused = editor.request().formParam("csrf-token", token).formParam("claim", claim, more[1])
                .formParam("decision", "publish").post("/review/sources/" + more[2]);
        assertEquals(200, refused.statusCode());
        assertEquals(true, refused.asString().contains("A chosen claim is not one of this source&#39;s claims"),
                refused.asString());
        assertEquals(false, database.claimField(claim, "published"), "nothing is published when one claim is wrong");
        assertEquals(false, database.claimField(more[1], "published"));
        Response none = editor.submit("/review?lang=ar", "/review/sources/" + more[2], Map.of("decision", "publish"));
        assertEquals(true, none.asString().contains("اختر ادعاءً واحدًا على الأقل من هذا المصدر."), none.asString());
        assertEquals(200, editor.submit("/review", "/review/sources/" + more[2],
                Map.of("claim", "not-a-number", "decision", "bogus")).statusCode());
        Api.publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void onlyEditorsDecideASource() {
        long source = database.idOf("Source", "title", "Title");
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        String token = journalist.csrfToken("/desk/sources/new");
        assertEquals(403, journalist.request().formParam("csrf-token", token).formParam("claim", claim)
                .formParam("decision", "publish").post("/review/sources/" + source).statusCode());
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.get("/review");
        assertEquals(400, editor.request().formParam("claim", claim).formParam("decision", "publish")
                .post("/review/sources/" + source).statusCode(), "without its CSRF token");
        assertEquals(false, database.claimField(claim, "published"));
    }
}
