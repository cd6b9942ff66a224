package org.hasila.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hasila.support.Accounts;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/** Sessions live in the database: no key exists to leak, and every way a session should end ends it. */
@QuarkusTest
class SessionsTest {

    /** The key the test profile gave Quarkus' encrypted cookies before sessions moved to the database. */
    static final String OLD_TEST_KEY = "test-only-session-key-not-a-secret-0123456789";

    @Inject
    Accounts accounts;

    @Inject
    EntityManager em;

    /** Quarkus' form cookie: AES-GCM of "expiry:username" under SHA-256 of the key; anyone with the key forges one. */
    @Test
    void aCookieForgedWithTheOldSessionKeyIsRefused() throws Exception {
        long tenYears = System.currentTimeMillis() + Duration.ofDays(3650).toMillis();
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(
                MessageDigest.getInstance("SHA-256").digest(OLD_TEST_KEY.getBytes(StandardCharsets.UTF_8)), "AES"),
                new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal((tenYears + ":" + Accounts.EDITOR).getBytes(StandardCharsets.UTF_8));
        String forged = Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(1 + iv.length + sealed.length).put((byte) iv.length).put(iv).put(sealed).array());
        Response accounts = given().redirects().follow(false).cookie(Sessions.COOKIE, forged).get("/accounts");
        assertEquals(302, accounts.statusCode());
        assertTrue(accounts.header("Location").endsWith("/login"));
    }

    /** The test profile writes its log to a file as well; no start may name a session key. */
    @Test
    void noStartLogsASessionKey() throws Exception {
        String log = Files.readString(Path.of("target/quarkus-test.log")).toLowerCase(Locale.ROOT);
        assertTrue(log.contains("installed features"), "the log file holds the starts");
        assertFalse(log.contains("temporary key"));
        assertFalse(log.contains("encryption-key") || log.contains("encryption key"));
    }

    @Test
    void aSessionIsStoredAsTheHashOfItsTokenOnly() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = tokenOf(editor);
        assertEquals(43, token.length(), "256 random bits in URL-safe Base64");
        List<String> hashes = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select s.tokenHash from LoginSession s", String.class).getResultList());
        assertTrue(hashes.contains(sha256(token)));
        assertFalse(hashes.contains(token));
        // the same row answers request after request, as it would any instance after any restart
        editor.get("/accounts").then().statusCode(200);
        editor.get("/accounts/password").then().statusCode(200).body(containsString("Signed in as admin"));
    }

    @Test
    void theCookieIsHttpOnlySameSiteAndSecureWhenTheProxySaysHttps() {
        String plain = String.join("\n", loginAnswer(Map.of()).headers().getValues("Set-Cookie"));
        assertTrue(plain.contains(Sessions.COOKIE + "="), plain);
        String session = plain.lines().filter(cookie -> cookie.startsWith(Sessions.COOKIE + "=")).findFirst()
                .orElseThrow().toLowerCase(Locale.ROOT);
        assertTrue(session.contains("; httponly") && session.contains("; samesite=lax") && session.contains("; path=/"),
                session);
        assertFalse(session.contains("secure"), session);
        String https = loginAnswer(Map.of("X-Forwarded-Proto", "https")).headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(Sessions.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(https.toLowerCase(Locale.ROOT).contains("; secure"), https);
    }

    @Test
    void everyLoginStartsANewSessionAndEndsTheOneItCameWith() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String first = tokenOf(editor);
        assertEquals(303, editor.logIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD).statusCode());
        assertNotEquals(first, tokenOf(editor));
        assertEquals(302, withToken(first).get("/accounts").statusCode());
        assertEquals(200, editor.get("/accounts").statusCode());
    }

    @Test
    void afterLogoutTheOldCookieNoLongerWorks() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = tokenOf(editor);
        Response logout = editor.request().formParam("csrf-token", editor.csrfToken("/accounts/password"))
                .post("/logout");
        assertEquals(303, logout.statusCode());
        assertEquals(302, withToken(token).get("/accounts").statusCode());
        assertEquals(0L, sessionsWithHash(sha256(token)));
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessions() {
        accounts.ensure("changes-password", "first-long-secret-words", Role.JOURNALIST);
        WebSession here = WebSession.loggedIn("changes-password", "first-long-secret-words");
        WebSession elsewhere = WebSession.loggedIn("changes-password", "first-long-secret-words");
        assertEquals(303, here.submit("/accounts/password", "/accounts/password",
                Map.of("current", "first-long-secret-words", "new", "second-long-secret-words")).statusCode());
        assertEquals(302, elsewhere.get("/accounts/password").statusCode());
        here.get("/accounts/password").then().statusCode(200).body(containsString("Signed in as changes-password"));
    }

    @Test
    void onesOtherSessionsEndAtOnesWord() {
        accounts.ensure("leaves-a-browser", "a-long-enough-secret", Role.JOURNALIST);
        WebSession here = WebSession.loggedIn("leaves-a-browser", "a-long-enough-secret");
        WebSession elsewhere = WebSession.loggedIn("leaves-a-browser", "a-long-enough-secret");
        Response ended = here.submit("/accounts/password", "/accounts/sessions/end-others", Map.of());
        assertEquals(303, ended.statusCode());
        here.follow(ended).then().statusCode(200).body(containsString("Your other sessions have ended."));
        assertEquals(302, elsewhere.get("/accounts/password").statusCode());
    }

    @Test
    void aDisabledAccountIsLoggedOutAndCannotLogInByFormOrApi() {
        accounts.ensure("leaves-the-team", "a-long-enough-secret", Role.EDITOR);
        WebSession leaving = WebSession.loggedIn("leaves-the-team", "a-long-enough-secret");
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        long id = accountId("leaves-the-team");
        Response disabled = editor.submit("/accounts", "/accounts/" + id + "/disable", Map.of());
        assertEquals(303, disabled.statusCode());
        editor.follow(disabled).then().body(containsString("Disabled the account leaves-the-team"))
                .body(containsString("<td>leaves-the-team</td><td>Editor</td>"));
        assertEquals(302, leaving.get("/accounts").statusCode());
        WebSession.anonymous().logIn("leaves-the-team", "a-long-enough-secret").then().statusCode(200)
                .body(containsString("That username and password do not match an account."));
        given().auth().preemptive().basic("leaves-the-team", "a-long-enough-secret").contentType("text/csv")
                .body("x").post("/api/v1/claims/import").then().statusCode(401);
        assertEquals(303, editor.submit("/accounts", "/accounts/" + id + "/enable", Map.of()).statusCode());
        WebSession.loggedIn("leaves-the-team", "a-long-enough-secret").get("/accounts").then().statusCode(200);
    }

    @Test
    void noEditorDisablesTheirOwnAccountNorDoesAJournalistDisableAny() {
        accounts.ensureJournalist();
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response own = editor.submit("/accounts", "/accounts/" + accountId(Accounts.EDITOR) + "/disable", Map.of());
        editor.follow(own).then().body(containsString("You cannot disable your own account."));
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        assertEquals(403, journalist.request().formParam("csrf-token", journalist.csrfToken("/accounts/password"))
                .post("/accounts/" + accountId(Accounts.EDITOR) + "/disable").statusCode());
        editor.get("/accounts").then().statusCode(200);
    }

    @Test
    void anIdleSessionEndsAndSoDoesAnOldOne() {
        WebSession idle = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        move(tokenOf(idle), "lastSeenAt", Instant.now().minus(Duration.ofMinutes(31)));
        assertEquals(302, idle.get("/accounts").statusCode());
        WebSession old = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        move(tokenOf(old), "createdAt", Instant.now().minus(Duration.ofHours(12).plusMinutes(1)));
        assertEquals(302, old.get("/accounts").statusCode());
    }

    /** Each request would otherwise be a write; within a minute of the last one, none is. */
    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = tokenOf(editor);
        Instant recent = Instant.now().minusSeconds(30);
        move(token, "lastSeenAt", recent);
        editor.get("/accounts").then().statusCode(200);
        assertEquals(recent.toEpochMilli(), lastSeen(token).toEpochMilli());
        Instant longer = Instant.now().minusSeconds(90);
        move(token, "lastSeenAt", longer);
        editor.get("/accounts").then().statusCode(200);
        assertTrue(lastSeen(token).isAfter(longer.plusSeconds(60)));
    }

    private static Response loginAnswer(Map<String, String> headers) {
        WebSession session = WebSession.anonymous();
        String csrf = session.csrfToken("/login");
        return session.request().headers(headers).formParam("username", Accounts.EDITOR)
                .formParam("password", Accounts.EDITOR_PASSWORD).formParam("csrf-token", csrf).post("/login");
    }

    private static String tokenOf(WebSession session) {
        return session.cookie(Sessions.COOKIE);
    }

    private static WebSession withToken(String token) {
        WebSession session = WebSession.anonymous();
        session.keepCookie(Sessions.COOKIE, token);
        return session;
    }

    private long accountId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(username).orElseThrow().id);
    }

    private long sessionsWithHash(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.count("tokenHash", hash));
    }

    private void move(String token, String field, Instant to) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("update LoginSession set " + field + " = ?1 where tokenHash = ?2").setParameter(1, to)
                .setParameter(2, sha256(token)).executeUpdate());
    }

    private Instant lastSeen(String token) {
        return QuarkusTransaction.requiringNew()
                .call(() -> LoginSession.<LoginSession> findById(sha256(token)).lastSeenAt);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
