package org.hasila.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Logging in, creating accounts and changing one's password through the pages. */
@QuarkusTest
class AccountPagesTest {

    @Inject
    Accounts accounts;

    @Test
    void aWrongPasswordLeadsBackToTheLoginPageWithAMessage() {
        Response login = WebSession.anonymous().logIn(Accounts.EDITOR, "not-the-password");
        assertEquals(200, login.statusCode());
        assertNull(login.cookie("hasila-session"));
        login.then().body(containsString("That username and password do not match an account."))
                .body(containsString("value=\"admin\"")).body(not(containsString("not-the-password")));
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

    /** Passwords an attacker tries first; each comes back next to its field, the username kept, no account made. */
    @ParameterizedTest
    @ValueSource(strings = { "            ", "aaaaaaaaaaaa", "123456789012", "abcdefghijkl", "lkjihgfedcba",
            "qwertyuiopas", "password1234", "  iloveyou2024!", "abcabcabcabc" })
    void easyPasswordsAreRefusedNextToTheirField(String password) {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        editor.request().formParam("csrf-token", token).formParam("username", "guessable")
                .formParam("password", password).formParam("role", "journalist").post("/accounts").then()
                .statusCode(200)
                .body(containsString("id=\"password-error\">This password is too easy to guess"))
                .body(containsString("value=\"guessable\""))
                .body(not(containsString("value=\"" + password + "\"")));
        editor.get("/accounts").then().body(not(containsString("<td>guessable</td>")));
    }

    @Test
    void aPasswordMayNotContainTheUsername() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        editor.request().formParam("csrf-token", token).formParam("username", "zaynab")
                .formParam("password", "Zaynab-at-the-desk").formParam("role", "journalist").post("/accounts").then()
                .statusCode(200)
                .body(containsString("id=\"password-error\">The password must not contain the username."));
    }

    /** bcrypt reads 72 bytes: a longer password is refused with the limit, not cut without a word. */
    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedWithTheLimit() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        String seventyTwo = "river-lamp-oasis-".repeat(4) + "ward";
        assertEquals(72, seventyTwo.getBytes(StandardCharsets.UTF_8).length);
        editor.request().formParam("csrf-token", token).formParam("username", "longpass")
                .formParam("password", seventyTwo + "s").formParam("role", "journalist").post("/accounts").then()
                .statusCode(200).body(containsString("id=\"password-error\">Use at most 72 bytes"));
        // 37 Arabic letters are 74 bytes in UTF-8; the refusal comes in the form's language
        editor.request().header("Accept-Language", "ar").formParam("csrf-token", token)
                .formParam("username", "longpass").formParam("password", "نخيل".repeat(9) + "ب")
                .formParam("role", "journalist").post("/accounts").then().statusCode(200)
                .body(containsString("id=\"password-error\">استخدم 72 بايتًا على الأكثر"));
        Response created = editor.request().formParam("csrf-token", token).formParam("username", "longpass")
                .formParam("password", seventyTwo).formParam("role", "journalist").post("/accounts");
        assertEquals(303, created.statusCode());
        WebSession.loggedIn("longpass", seventyTwo).get("/accounts/password").then().statusCode(200);
    }

    @Test
    void aNewPasswordFollowsTheSameRules() {
        accounts.ensureJournalist();
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        String token = journalist.csrfToken("/accounts/password");
        journalist.request().formParam("csrf-token", token).formParam("current", Accounts.JOURNALIST_PASSWORD)
                .formParam("new", "            ").post("/accounts/password").then().statusCode(200)
                .body(containsString("id=\"new-error\">This password is too easy to guess"));
        journalist.request().formParam("csrf-token", token).formParam("current", Accounts.JOURNALIST_PASSWORD)
                .formParam("new", "my-journalist-pass").post("/accounts/password").then().statusCode(200)
                .body(containsString("id=\"new-error\">The password must not contain the username."));
        WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
    }
}
