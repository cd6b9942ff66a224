package org.hasila.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every login, by the form or by HTTP Basic: the name and password checked against the bcrypt hash, failures
 * counted by account name and by client address in the database (so on every instance), and locked out for a
 * time that doubles with each failure past the allowance. Every failure and every lockout is logged with the name
 * as typed and the address, never the password. The answer is the same whether the account exists or not.
 */
@ApplicationScoped
public class Logins {

    /** The attribute of a refused Basic login that carries the seconds to wait. */
    public static final String RETRY_AFTER = "hasila.retry-after";
    private static final Logger LOG = Logger.getLogger(Logins.class);
    /** Checked when no account has the name, so that an unknown name takes as long to refuse as a wrong password. */
    private static final String NO_ACCOUNT = BcryptUtil.bcryptHash(randomText());
    private static final int LONGEST_NAME = 100;

    @ConfigProperty(name = "hasila.login.account-failures")
    int accountFailures;

    @ConfigProperty(name = "hasila.login.address-failures")
    int addressFailures;

    @ConfigProperty(name = "hasila.login.first-lockout")
    Duration firstLockout;

    @ConfigProperty(name = "hasila.login.longest-lockout")
    Duration longestLockout;

    @ConfigProperty(name = "hasila.login.forget-after")
    Duration forgetAfter;

    /** What came of a login: the account, a refusal, or a refusal without a look until {@code retryAfter} passes. */
    public record Outcome(Account account, Duration retryAfter) {
        public boolean loggedIn() {
            return account != null;
        }

        public boolean throttled() {
            return retryAfter != null;
        }

        /** For {@code Retry-After}: whole seconds, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    /** The client's address, as the proxy settings resolve it (docs/configuration.md). */
    public static String address(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    /** Checks a login from {@code address} by {@code way} ("form" or "basic"). */
    public Outcome attempt(String username, String password, String address, String way) {
        String typed = username == null ? "" : username;
        String accountKey = "account:" + cut(typed.strip().toLowerCase(Locale.ROOT));
        String addressKey = "address:" + cut(address);
        Instant now = Instant.now();
        Optional<Instant> locked = QuarkusTransaction.requiringNew().call(() -> Stream.of(accountKey, addressKey)
                .map(key -> LoginThrottle.<LoginThrottle> findById(key)).filter(t -> t != null && t.lockedUntil != null)
                .map(t -> t.lockedUntil).filter(now::isBefore).max(Instant::compareTo));
        if (locked.isPresent()) {
            LOG.warnf("Login refused while locked out until %s: account '%s' from %s by %s", locked.get(),
                    loggable(typed), address, way);
            return new Outcome(null, Duration.between(now, locked.get()));
        }
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(typed).orElse(null));
        boolean matches = matches(password, account == null ? NO_ACCOUNT : account.passwordHash);
        if (matches && account != null && !account.isDisabled()) {
            QuarkusTransaction.requiringNew().run(() -> LoginThrottle.deleteById(accountKey));
            return new Outcome(account, null);
        }
        LOG.warnf("Login failed: account '%s' from %s by %s%s", loggable(typed), address, way,
                matches && account != null ? " (the account is disabled)" : "");
        failed(accountKey, accountFailures, now);
        failed(addressKey, addressFailures, now);
        return new Outcome(null, null);
    }

    /** Counts a failure; two first failures of one key at once may collide on its row, and the second tries again. */
    private void failed(String key, int allowed, Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> count(key, allowed, now));
        } catch (RuntimeException collided) {
            QuarkusTransaction.requiringNew().run(() -> count(key, allowed, now));
        }
    }

    private void count(String key, int allowed, Instant now) {
        LoginThrottle.delete("lastFailureAt < ?1 and (lockedUntil is null or lockedUntil < ?2)", now.minus(forgetAfter),
                now);
        LoginThrottle throttle = LoginThrottle.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle();
            throttle.throttleKey = key;
        }
        throttle.failures++;
        throttle.lastFailureAt = now;
        if (throttle.failures >= allowed) {
            Duration lockout = firstLockout.multipliedBy(1L << Math.min(20, throttle.failures - allowed));
            throttle.lockedUntil = now.plus(lockout.compareTo(longestLockout) > 0 ? longestLockout : lockout);
            LOG.warnf("Logins locked out until %s after %d failures: %s", throttle.lockedUntil, throttle.failures,
                    loggable(key));
        }
        throttle.persist();
    }

    private static boolean matches(String password, String hash) {
        try {
            return BcryptUtil.matches(password == null ? "" : password, hash);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** A name as typed, for one line of the log: control and invisible characters shown as '?', cut short. */
    static String loggable(String typed) {
        StringBuilder shown = new StringBuilder();
        cut(typed).codePoints().forEach(c -> shown.appendCodePoint(shownAsIs(c) ? c : '?'));
        return shown.toString();
    }

    /** Not a line break, a control, an invisible or direction-changing character, nor the quote around the name. */
    private static boolean shownAsIs(int c) {
        int type = Character.getType(c);
        return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && c != '\'';
    }

    private static String cut(String text) {
        return text.length() > LONGEST_NAME ? text.substring(0, LONGEST_NAME) : text;
    }

    private static String randomText() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
