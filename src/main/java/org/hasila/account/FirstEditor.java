package org.hasila.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * HASILA_ADMIN_PASSWORD, or a generated one written to a file only the instance's owner may read. No password
 * ever reaches the log, which many people and tools read. There is no default password, and a weak one in
 * HASILA_ADMIN_PASSWORD stops the start rather than create an editor anyone could guess.
 */
@ApplicationScoped
class FirstEditor {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstEditor.class);

    @ConfigProperty(name = "hasila.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "hasila.admin-password-file")
    Path passwordFile;

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
            LOG.warn(keepPassword(passwordFile, password));
        } else {
            PasswordRules.refusal(password, USERNAME).ifPresent(refusal -> {
                throw new IllegalStateException("HASILA_ADMIN_PASSWORD is refused: " + reason(refusal));
            });
            LOG.infof("Created the first editor account '%s' with the password in HASILA_ADMIN_PASSWORD", USERNAME);
        }
        Account.create(USERNAME, password, Role.EDITOR);
    }

    /**
     * Writes a generated password to a file that only the instance's owner may read (on file systems that have
     * owners), replacing any older one, and returns the log line that says where it is.
     */
    static String keepPassword(Path file, String password) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first editor's password to " + file, e);
        }
        return "Created the first editor account '" + USERNAME + "'. Its password is in " + file.toAbsolutePath()
                + ", readable by this user only: log in at /login, change the password, then delete the file."
                + " Set HASILA_ADMIN_PASSWORD to choose the password instead.";
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
