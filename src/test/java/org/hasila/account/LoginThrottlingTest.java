package org.hasila.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.WebSession;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords slows down to nothing, by the form and by Basic, for one account and for one address; each
 * failure is a log line that names the account and the address, never the password. Each test comes from
 * addresses of its own (the test profile trusts X-Forwarded-For from localhost, as production trusts its proxy).
 */
@QuarkusTest
class LoginThrottlingTest {

    static final String PASSWORD = "the-right-long-password";

    @Inject
    Accounts accounts;

    final List<String> logged = new CopyOnWriteArrayList<>();
    final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(Logins.class.getName()).addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(Logins.class.getName()).removeHandler(handler);
    }

    @Test
    void wrongPasswordsByTheFormLockTheAccountOutEvenForTheRightOne() {
        accounts.ensure("guessed-by-form", PASSWORD, Role.JOURNALIST);
        for (int i = 1; i <= 5; i++) {
            Response wrong = formLogin("guessed-by-form", "wrong-guess-" + i, "198.51.100." + i);
            assertEquals(200, wrong.statusCode());
            wrong.then().body(containsString("That username and password do not match an account."));
        }
        Response right = formLogin("guessed-by-form", PASSWORD, "198.51.100.6");
        assertEquals(429, right.statusCode());
        assertTrue(Long.parseLong(right.header("Retry-After")) > 0);
        assertNull(right.cookie(Sessions.COOKIE));
        right.then().body(containsString("Too many failed logins. Wait a few minutes, then try again."))
                .body(containsString("value=\"guessed-by-form\""));
        for (int i = 1; i <= 5; i++) {
            String address = "198.51.100." + i;
            assertTrue(logged.stream().anyMatch(line -> line.startsWith("Login failed: account 'guessed-by-form' from "
                    + address + " by form")), "a line for the failure from " + address + ": " + logged);
        }
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("Logins locked out until")
                && line.endsWith("after 5 failures: account:guessed-by-form")), logged.toString());
        assertFalse(logged.stream().anyMatch(line -> line.contains("wrong-guess") || line.contains(PASSWORD)));
    }

    @Test
    void basicLoginsAreCountedAndLockedOutAlike() {
        accounts.ensure("guessed-by-api", PASSWORD, Role.EDITOR);
        for (int i = 1; i <= 5; i++) {
            basicImport("guessed-by-api", "wrong-guess-" + i, "198.51.100." + (20 + i)).then().statusCode(401);
        }
        Response right = basicImport("guessed-by-api", PASSWORD, "198.51.100.26");
        assertEquals(429, right.statusCode());
        assertNotNull(right.header("Retry-After"));
        right.then().body("message", containsString("Too many failed logins"));
        assertTrue(logged.stream().anyMatch(line -> line.startsWith(
                "Login failed: account 'guessed-by-api' from 198.51.100.21 by basic")), logged.toString());
        // the form shares the count
        assertEquals(429, formLogin("guessed-by-api", PASSWORD, "198.51.100.27").statusCode());
    }

    /** A name that has no account answers exactly as one that has: first the same refusal, then the same lockout. */
    @Test
    void namesWithoutAnAccountAreAnsweredAlike() {
        accounts.ensure("exists-and-guessed", PASSWORD, Role.JOURNALIST);
        for (String name : new String[] { "exists-and-guessed", "never-an-account" }) {
            Response first = formLogin(name, "wrong-guess", "198.51.100.40");
            assertEquals(200, first.statusCode());
            first.then().body(containsString("That username and password do not match an account."));
            for (int i = 2; i <= 5; i++) {
                formLogin(name, "wrong-guess", "198.51.100.4" + i);
            }
            assertEquals(429, formLogin(name, "wrong-guess", "198.51.100.46").statusCode());
        }
    }

    @Test
    void oneAddressIsLockedOutAcrossAccounts() {
        for (int i = 1; i <= 20; i++) {
            assertEquals(200, formLogin("sprayed-" + i, "Summer2024!", "203.0.113.9").statusCode());
        }
        assertEquals(429, formLogin(Accounts.EDITOR, Accounts.EDITOR_PASSWORD, "203.0.113.9").statusCode());
        assertEquals(429, basicImport(Accounts.EDITOR, Accounts.EDITOR_PASSWORD, "203.0.113.9").statusCode());
        assertEquals(303, formLogin(Accounts.EDITOR, Accounts.EDITOR_PASSWORD, "203.0.113.10").statusCode());
        assertTrue(logged.stream().anyMatch(line -> line.endsWith("after 20 failures: address:203.0.113.9")));
    }

    /** A name typed with a line break cannot write a line of its own into the log. */
    @Test
    void aTypedNameCannotForgeALogLine() {
        formLogin("mallory\nLogin failed: account 'admin' from 10.0.0.1 by form\u202e", "x", "198.51.100.60");
        String line = logged.stream().filter(l -> l.contains("mallory")).findFirst().orElseThrow();
        assertFalse(line.contains("\n") || line.contains("\u202e"), line);
        assertTrue(line.startsWith("Login failed: account 'mallory?Login failed: account ?admin? from 10.0.0.1 by form?'"),
                line);
    }

    private static Response formLogin(String username, String password, String address) {
        WebSession browser = WebSession.anonymous();
        String csrf = browser.csrfToken("/login");
        return browser.request().header("X-Forwarded-For", address).formParam("username", username)
                .formParam("password", password).formParam("csrf-token", csrf).post("/login");
    }

    private static Response basicImport(String username, String password, String address) {
        return given().auth().preemptive().basic(username, password).header("X-Forwarded-For", address)
                .contentType("text/csv").body("nothing").post("/api/v1/claims/import");
    }
}
