package org.hasila.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On the first start with no accounts, creates the editor {@code admin}: with the password in
 * HASILA_ADMIN_PASSWORD, or a generated one printed once to the log. There is no default password, and a weak
 * one in HASILA_ADMIN_PASSWORD stops the start rather than create an editor anyone could guess.
 */
@ApplicationScoped
class FirstEditor {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstEditor.class);

    @ConfigProperty(name = "hasila.admin-password")
    Optional<String> adminPassword;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (Account.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warnf("""

                    ==========================================================================
                    Created the first editor account. Log in at /login and change it:
                      username: %s
                      password: %s
                    This password is shown only this once. Set HASILA_ADMIN_PASSWORD to choose it.
                    ==========================================================================""",
                    USERNAME, password);
        } else {
            PasswordRules.refusal(password, USERNAME).ifPresent(refusal -> {
                throw new IllegalStateException("HASILA_ADMIN_PASSWORD is refused: " + reason(refusal));
            });
            LOG.infof("Created the first editor account '%s' with the password in HASILA_ADMIN_PASSWORD", USERNAME);
        }
        Account.create(USERNAME, password, Role.EDITOR);
    }

    /** Read by whoever starts the instance, in the log: English, like the rest of it. */
    private static String reason(PasswordRules.Refusal refusal) {
        return switch (refusal) {
            case TOO_SHORT -> "use at least " + PasswordRules.MIN_CHARACTERS + " characters";
            case TOO_LONG -> "use at most " + PasswordRules.MAX_BYTES + " bytes in UTF-8, all that bcrypt reads";
            case EASY_TO_GUESS -> "it is too easy to guess (a common password, a run of keys, or a few characters repeated)";
            case CONTAINS_USERNAME -> "it contains the username " + USERNAME;
        };
    }
}
