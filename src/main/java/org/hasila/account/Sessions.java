package org.hasila.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logged-in sessions, kept in the database so that any instance, after any restart, finds them and any of them
 * can end one: at logout, when its account changes its password or is disabled, after it was idle too long, and
 * at the end of its lifetime. The cookie holds a random token; the database only its SHA-256. There is no key.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "hasila-session";
    /** A session's last use is written at most this often, not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "hasila.session.idle-timeout")
    Duration idleTimeout;

    @ConfigProperty(name = "hasila.session.lifetime")
    Duration lifetime;

    /** Starts a new session of the account and returns its token, for the cookie only. */
    @Transactional
    public String start(Account account) {
        Instant now = Instant.now();
        LoginSession.delete("lastSeenAt < ?1 or createdAt < ?2", now.minus(idleTimeout), now.minus(lifetime));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        LoginSession session = new LoginSession();
        session.tokenHash = hash(token);
        session.account = Account.findById(account.id);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.persist();
        return token;
    }

    /** The account of a live session, if the token names one. */
    @Transactional
    public Optional<Account> account(String token) {
        LoginSession session = LoginSession.findById(hash(token));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (session.lastSeenAt.isBefore(now.minus(idleTimeout)) || session.createdAt.isBefore(now.minus(lifetime))
                || session.account.isDisabled()) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.isBefore(now.minus(TOUCH_EVERY))) {
            session.lastSeenAt = now;
        }
        return Optional.of(session.account);
    }

    /** Ends the session of this token, if it lives. */
    @Transactional
    public void end(String token) {
        LoginSession.deleteById(hash(token));
    }

    /** Ends every session of the account except the one of {@code kept} (none when null). */
    @Transactional
    public long endOthers(Account account, String kept) {
        return LoginSession.delete("account.id = ?1 and tokenHash <> ?2", account.id, kept == null ? "" : hash(kept));
    }

    /** The token in a request's session cookie. */
    public static Optional<String> token(HttpServerRequest request) {
        return Optional.ofNullable(request.getCookie(COOKIE)).map(Cookie::getValue).filter(value -> !value.isEmpty());
    }

    /**
     * The cookie that holds a token: only for Hasila's own requests (HttpOnly, SameSite=Lax so that a link from
     * elsewhere still opens a logged-in page, but no other site's form sends it), and {@code Secure} when the
     * request came over HTTPS, as the proxy settings resolve it. An empty token expires the cookie.
     */
    public static Cookie cookie(String token, HttpServerRequest request) {
        Cookie cookie = Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure("https".equals(request.scheme()));
        return token.isEmpty() ? cookie.setMaxAge(0) : cookie;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
