package org.hasila.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may change what: anonymous readers nothing, journalists no imports or accounts, every form a CSRF token. */
@QuarkusTest
class RoleBoundariesTest {

    /** Every page form that changes state, with the fields it sends. */
    static final Map<String, Map<String, String>> WRITE_FORMS = Map.ofEntries(
            Map.entry("/imports/confirm", Map.of("token", "0")),
            Map.entry("/accounts", Map.of("username", "intruder", "password", "a-long-enough-password", "role", "editor")),
            Map.entry("/accounts/password", Map.of("current", Accounts.EDITOR_PASSWORD, "new", "a-long-enough-password")),
            Map.entry("/logout", Map.of()),
            Map.entry("/desk/sources", Map.of("source_outlet", "intruder")),
            Map.entry("/desk/sources/1", Map.of("source_outlet", "intruder")),
            Map.entry("/desk/sources/1/claims", Map.of("conflict", "intruder")),
            Map.entry("/desk/claims/1", Map.of("conflict", "intruder")),
            Map.entry("/desk/sources/1/article", Map.of("text", "مقتل 47 مدنيا", "language", "ar", "conflict", "intruder")),
            Map.entry("/desk/sources/1/suggestions", Map.of("conflict", "intruder", "quote", "q", "keep", "0")),
            Map.entry("/review/claims/1/publish", Map.of()),
            Map.entry("/review/claims/1/unpublish", Map.of()),
            Map.entry("/review/claims/1/status", Map.of("status", "retracted", "reason", "intruder")),
            Map.entry("/review/sources/1", Map.of("claim", "1", "decision", "publish")),
            Map.entry("/desk/claims/1/delete", Map.of()),
            Map.entry("/names/conflict/rename", Map.of("name", "x", "new_name", "intruder", "reason", "x")),
            Map.entry("/names/conflict/merge", Map.of("name", "x", "into", "intruder", "merge_reason", "x")));

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @BeforeEach
    void setUp() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    @Test
    void anonymousApiImportsAreChallenged() {
        given().contentType("text/csv").body(Fixtures.seedArticle()).post("/api/v1/claims/import")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .body("message", containsString("credentials"));
        Api.publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void aWrongPasswordIsRefused() {
        given().auth().preemptive().basic(Accounts.EDITOR, "wrong").contentType("text/csv")
                .body(Fixtures.seedArticle()).post("/api/v1/claims/import").then().statusCode(401);
    }

    @Test
    void journalistsCannotImport() {
        given().auth().preemptive().basic(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD).contentType("text/csv")
                .body(Fixtures.seedArticle()).post("/api/v1/claims/import?publish=true").then().statusCode(403);
        Api.publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void anonymousReadersMayDownloadPublishedClaims() {
        Api.importCsv(Fixtures.seedArticle(), "?publish=true").statusCode(201);
        given().get("/api/v1/claims.csv").then().statusCode(200).contentType(containsString("text/csv"));
        given().get("/api/v1/claims.json?conflict=2020-nagorno-karabakh-war").then().statusCode(200)
                .body("claims", hasSize(14));
        given().get("/api/v1/claims.json?conflict=No such war").then().statusCode(404)
                .body("message", containsString("No such war"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/imports", "/accounts", "/accounts/password", "/desk", "/desk/sources/new", "/review" })
    void pagesForLoggedInPeopleSendAnonymousReadersToTheLoginPage(String page) {
        Response response = WebSession.anonymous().get(page);
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").endsWith("/login"), response.header("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/imports", "/accounts", "/review" })
    void editorPagesAreForbiddenToJournalists(String page) {
        assertEquals(403, WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD).get(page).statusCode());
        assertEquals(200, WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD).get(page).statusCode());
    }

    @Test
    void everyWriteFormRefusesAnonymousRequests() {
        WRITE_FORMS.forEach((path, fields) -> {
            int status = WebSession.anonymous().request().formParams(fields).post(path).statusCode();
            assertTrue(status == 302 || status == 400 || status == 401 || status == 403, path + " answered " + status);
        });
        assertEquals(0L, countAccounts("intruder"));
    }

    @Test
    void everyWriteFormRefusesARequestWithoutItsCsrfToken() {
        WRITE_FORMS.forEach((path, fields) -> {
            WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
            editor.get("/accounts");
            int status = editor.request().formParams(fields).post(path).statusCode();
            assertEquals(400, status, path + " without a CSRF token");
        });
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.get("/imports");
        editor.request().multiPart("file", "seed.csv", Fixtures.seedArticle(), "text/csv").post("/imports/preview")
                .then().statusCode(400);
        assertEquals(0L, countAccounts("intruder"));
        Api.publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void journalistsCannotCreateAccountsEvenWithAToken() {
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        String token = journalist.csrfToken("/accounts/password");
        journalist.request().formParams(WRITE_FORMS.get("/accounts")).formParam("csrf-token", token)
                .post("/accounts").then().statusCode(403);
        assertEquals(0L, countAccounts("intruder"));
    }

    @Test
    void logoutEndsTheSession() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts/password");
        Response logout = editor.request().formParam("csrf-token", token).post("/logout");
        assertEquals(303, logout.statusCode());
        editor.keepCookies(logout);
        assertEquals(302, editor.get("/imports").statusCode());
    }

    static long countAccounts(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.count("username", username));
    }
}
