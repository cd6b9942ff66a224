package org.hasila.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Another site's page cannot act with a logged-in editor's cookie or with credentials a browser keeps: every body a
 * page can send from {@code https://evil.example} is refused, the login form needs its token, and the import API
 * takes what no form can send and never asks a browser for Basic credentials.
 */
@QuarkusTest
class CrossOriginTest {

    static final String EVIL = "https://evil.example";

    @Inject
    Database database;

    long claim;

    @BeforeEach
    void aDraft() {
        database.emptyClaimsRegister();
        Api.importCsv(Api.csv(Api.row()), "").statusCode(201);
        claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
    }

    @Test
    void noBodyFromAnotherOriginPublishesAClaim() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/review");
        String publish = "/review/claims/" + claim + "/publish";
        for (Function<RequestSpecification, RequestSpecification> body : java.util.List
                .<Function<RequestSpecification, RequestSpecification>> of(
                        r -> r.contentType("text/plain").body("back=?"),
                        r -> r.contentType("application/json").body("{\"back\":\"?\"}"),
                        r -> r,
                        r -> r.formParam("back", "?"),
                        r -> r.formParam("back", "?").formParam("csrf-token", token))) {
            int status = body.apply(editor.request().header("Origin", EVIL)).post(publish).statusCode();
            assertTrue(status == 400 || status == 403 || status == 415, "answered " + status);
        }
        // a page of another site that says nothing of its origin but that it is cross-site
        assertEquals(403, editor.request().header("Sec-Fetch-Site", "cross-site").formParam("back", "?")
                .formParam("csrf-token", token).post(publish).statusCode());
        Api.publishedClaims().body("claims", hasSize(0));
        assertEquals(false, database.claimField(claim, "published"));
        // the same form from Hasila's own page publishes
        assertEquals(303, editor.request().header("Origin", "http://localhost:8081").header("Sec-Fetch-Site",
                "same-origin").formParam("back", "?").formParam("csrf-token", token).post(publish).statusCode());
        Api.publishedClaims().body("claims", hasSize(1));
    }

    @Test
    void aFormFromAnotherOriginIsRefusedInTheReadersLanguage() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/review");
        editor.request().header("Origin", EVIL).header("Accept-Language", "ar").formParam("csrf-token", token)
                .post("/review/claims/" + claim + "/publish").then().statusCode(403)
                .body(containsString("لا يُقبل هذا النموذج إلا من صفحات حصيلة نفسها."));
    }

    /** Login CSRF: another site must not log a reader into an account of its choosing. */
    @Test
    void theLoginFormNeedsItsTokenAndOurOrigin() {
        WebSession browser = WebSession.anonymous();
        String token = browser.csrfToken("/login");
        Response withoutToken = browser.request().formParam("username", Accounts.EDITOR)
                .formParam("password", Accounts.EDITOR_PASSWORD).post("/login");
        assertEquals(400, withoutToken.statusCode());
        assertNull(withoutToken.cookie("hasila-session"));
        Response fromElsewhere = browser.request().header("Origin", EVIL).formParam("username", Accounts.EDITOR)
                .formParam("password", Accounts.EDITOR_PASSWORD).formParam("csrf-token", token).post("/login");
        assertEquals(403, fromElsewhere.statusCode());
        assertNull(fromElsewhere.cookie("hasila-session"));
    }

    /** text/plain is what a form on another site can send without asking; only text/csv is taken. */
    @Test
    void theImportApiTakesCsvOnly() {
        String csv = Api.csv(Api.row());
        for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded" }) {
            Api.asEditor().header("Origin", EVIL).contentType(type).body(csv)
                    .post("/api/v1/claims/import?publish=true").then().statusCode(415);
        }
        Api.asEditor().header("Origin", EVIL).multiPart("file", "claims.csv", csv.getBytes(), "text/csv")
                .post("/api/v1/claims/import?publish=true").then().statusCode(415);
        Api.publishedClaims().body("claims", hasSize(0));
    }

    /** A browser given a Basic challenge asks for credentials and then sends them on any request, from any site. */
    @Test
    void browsersAreNeverAskedForBasicCredentials() {
        Response script = given().contentType("text/csv").body("x").post("/api/v1/claims/import");
        assertEquals(401, script.statusCode());
        assertNotNull(script.header("WWW-Authenticate"));
        Response fetched = given().header("Sec-Fetch-Mode", "cors").header("Origin", EVIL).contentType("text/csv")
                .body("x").post("/api/v1/claims/import");
        assertEquals(401, fetched.statusCode());
        assertNull(fetched.header("WWW-Authenticate"));
        Response navigated = given().accept("text/html,application/xhtml+xml,*/*;q=0.8").contentType("text/csv")
                .body("x").post("/api/v1/claims/import");
        assertEquals(401, navigated.statusCode());
        assertNull(navigated.header("WWW-Authenticate"));
        Response wrongFromABrowser = given().auth().preemptive().basic(Accounts.EDITOR, "a-wrong-password")
                .header("X-Forwarded-For", "198.51.100.80").header("Sec-Fetch-Mode", "navigate")
                .contentType("text/csv").body("x").post("/api/v1/claims/import");
        assertEquals(401, wrongFromABrowser.statusCode());
        assertNull(wrongFromABrowser.header("WWW-Authenticate"));
    }
}
