package org.hasila.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/** Logging in, creating accounts and changing one's password through the pages. */
@QuarkusTest
class AccountPagesTest {

    @Inject
    Accounts accounts;

    @Test
    void aWrongPasswordLeadsBackToTheLoginPageWithAMessage() {
        Response login = WebSession.anonymous().request().formParam("j_username", Accounts.EDITOR)
                .formParam("j_password", "not-the-password").post("/j_security_check");
        assertEquals(302, login.statusCode());
        assertTrue(login.header("Location").endsWith("/login?failed=true"));
        WebSession.anonymous().get("/login?failed=true").then().statusCode(200)
                .body(containsString("That username and password do not match an account."));
    }

    @Test
    void anEditorCreatesAJournalistWhoCanThenLogIn() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        Response created = editor.request().formParam("csrf-token", token).formParam("username", "layla")
                .formParam("password", "a-long-enough-password").formParam("role", "journalist").post("/accounts");
        assertEquals(303, created.statusCode());
        editor.keepCookies(created);
        editor.get("/accounts").then().body(containsString("Created the account layla."))
                .body(containsString("<td>layla</td><td>Journalist</td>"));
        WebSession.loggedIn("layla", "a-long-enough-password").get("/accounts/password").then().statusCode(200)
                .body(containsString("Signed in as layla"));
    }

    @Test
    void badInputComesBackNextToItsFieldsWithTheUsernameKeptAndThePasswordNot() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        editor.request().formParam("csrf-token", token).formParam("username", "Bad Name<script>")
                .formParam("password", "short-pass").formParam("role", "editor").post("/accounts").then()
                .statusCode(200)
                .body(containsString("id=\"username-error\">Use 2 to 50 lower-case letters"))
                .body(containsString("id=\"password-error\">Use at least 12 characters."))
                .body(containsString("value=\"Bad Name&lt;script&gt;\""))
                .body(not(containsString("short-pass")))
                .body(containsString("value=\"editor\" checked"));
        editor.request().formParam("csrf-token", token).formParam("username", Accounts.EDITOR)
                .formParam("password", "a-long-enough-password").formParam("role", "editor").post("/accounts").then()
                .statusCode(200).body(containsString("id=\"username-error\">This username is already taken."));
    }

    @Test
    void errorsComeInTheReadersLanguage() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        editor.request().header("Accept-Language", "ar, en;q=0.5").formParam("csrf-token", token)
                .formParam("username", "x").formParam("password", "short").formParam("role", "journalist")
                .post("/accounts").then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("id=\"password-error\">استخدم 12 حرفًا على الأقل."));
    }

    @Test
    void everyoneChangesTheirOwnPasswordGivenTheCurrentOne() {
        accounts.ensureJournalist();
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        String token = journalist.csrfToken("/accounts/password");
        journalist.request().formParam("csrf-token", token).formParam("current", "wrong")
                .formParam("new", "another-long-password").post("/accounts/password").then().statusCode(200)
                .body(containsString("id=\"current-error\">This is not your current password."));
        Response changed = journalist.request().formParam("csrf-token", token)
                .formParam("current", Accounts.JOURNALIST_PASSWORD).formParam("new", "another-long-password")
                .post("/accounts/password");
        assertEquals(303, changed.statusCode());
        WebSession.loggedIn(Accounts.JOURNALIST, "another-long-password");
        accounts.resetJournalistPassword();
    }
}
