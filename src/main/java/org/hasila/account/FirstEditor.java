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
 * HASILA_ADMIN_PASSWORD, or a generated one printed once to the log. There is no default password.
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
            LOG.infof("Created the first editor account '%s' with the password in HASILA_ADMIN_PASSWORD", USERNAME);
        }
        Account.create(USERNAME, password, Role.EDITOR);
    }
}
