package org.hasila.review;

import static org.hamcrest.Matchers.containsString;
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

/** Mending mistakes: deleting drafts, renaming and merging names, and names no claim uses any more. */
@QuarkusTest
class MendingTest {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    long claim;
    long source;

    @BeforeEach
    void aJournalistsDraft() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
        accounts.ensureSecondJournalist();
        Api.importCsv(Api.csv(Api.row()), "").statusCode(201);
        claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        source = database.idOf("Source", "title", "Title");
        database.enteredBy(claim, Accounts.JOURNALIST);
    }

    @Test
    void aJournalistDeletesTheirOwnDraftAfterConfirmingAndIsBackAtTheSource() {
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        journalist.get("/desk/sources/" + source).then()
                .body(containsString("href=\"/desk/claims/" + claim + "/delete\""));
        journalist.get("/desk/claims/" + claim + "/delete").then().statusCode(200)
                .body(containsString("Delete this draft?"));
        assertEquals(1, database.countClaims(), "asking deletes nothing");
        Response deleted = journalist.submit("/desk/claims/" + claim + "/delete", "/desk/claims/" + claim + "/delete",
                Map.of());
        assertEquals(303, deleted.statusCode());
        assertEquals("/desk/sources/" + source, java.net.URI.create(deleted.header("Location")).getPath());
        journalist.follow(deleted).then().body(containsString("The draft has been deleted."));
        assertEquals(0, database.countClaims());
        assertEquals(0, database.count("claim_source", "source_id", source));
        assertEquals(2, database.count("claim_aud", "id", claim), "its creation and its deletion are in history");
    }

    @Test
    void onlyWhoEnteredADraftOrAnEditorDeletesIt() {
        WebSession other = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);
        other.get("/desk/claims/" + claim + "/delete").then().statusCode(403)
                .body(containsString("Only the journalist who entered this draft, or an editor, may delete it."));
        String token = other.csrfToken("/desk/sources/new");
        assertEquals(403, other.request().formParam("csrf-token", token).post("/desk/claims/" + claim + "/delete")
                .statusCode());
        assertEquals(1, database.countClaims());
        assertEquals(400, WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD).request()
                .post("/desk/claims/" + claim + "/delete").statusCode(), "without its CSRF token");
        assertEquals(1, database.countClaims());

        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/desk/claims/" + claim + "/delete", "/desk/claims/" + claim + "/delete",
                Map.of()).statusCode());
        assertEquals(0, database.countClaims());
    }

    @Test
    void nothingEverPublishedIsDeletedNotEvenOnceUnpublished() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"));
        editor.get("/desk/sources/" + source).then().body(not(containsString("/desk/claims/" + claim + "/delete")));
        editor.get("/desk/claims/" + claim + "/delete?lang=ar").then().statusCode(403)
                .body(containsString("نُشر هذا الادعاء، فلا يُحذف أبدًا"));
        editor.submit("/review?show=all", "/review/claims/" + claim + "/unpublish", Map.of("back", "?show=all"));
        assertEquals(false, database.claimField(claim, "published"));
        Response refused = editor.submit("/desk/sources/new?lang=en",
                "/desk/claims/" + claim + "/delete", Map.of());
        assertEquals(403, refused.statusCode());
        assertEquals(true, refused.asString().contains("This claim has been published, so it is never deleted"));
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        assertEquals(403, journalist.get("/desk/claims/" + claim + "/delete").statusCode());
        assertEquals(1, database.countClaims());
    }
}
