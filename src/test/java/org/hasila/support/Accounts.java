package org.hasila.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hasila.account.Account;
import org.hasila.account.Role;

/** The accounts tests log in with: the first editor the test profile creates, journalists, a second editor. */
@ApplicationScoped
public class Accounts {

    public static final String EDITOR = "admin";
    public static final String EDITOR_PASSWORD = "editor-test-password";
    public static final String JOURNALIST = "journalist";
    public static final String JOURNALIST_PASSWORD = "journalist-test-password";
    public static final String SECOND_JOURNALIST = "second-journalist";
    public static final String SECOND_JOURNALIST_PASSWORD = "second-journalist-test-password";
    public static final String SECOND_EDITOR = "second-editor";
    public static final String SECOND_EDITOR_PASSWORD = "second-editor-test-password";

    /** An account of its own for a test that locks it out, disables it or ends its sessions. */
    @Transactional
    public void ensure(String username, String password, String role) {
        if (Account.findByUsername(username).isEmpty()) {
            Account.create(username, password, role);
        }
    }

    @Transactional
    public void ensureJournalist() {
        if (Account.findByUsername(JOURNALIST).isEmpty()) {
            Account.create(JOURNALIST, JOURNALIST_PASSWORD, Role.JOURNALIST);
        }
    }

    @Transactional
    public void ensureSecondJournalist() {
        if (Account.findByUsername(SECOND_JOURNALIST).isEmpty()) {
            Account.create(SECOND_JOURNALIST, SECOND_JOURNALIST_PASSWORD, Role.JOURNALIST);
        }
    }

    @Transactional
    public void resetJournalistPassword() {
        Account.findByUsername(JOURNALIST).orElseThrow().passwordHash = io.quarkus.elytron.security.common.BcryptUtil
                .bcryptHash(JOURNALIST_PASSWORD);
    }

    @Transactional
    public void ensureSecondEditor() {
        if (Account.findByUsername(SECOND_EDITOR).isEmpty()) {
            Account.create(SECOND_EDITOR, SECOND_EDITOR_PASSWORD, Role.EDITOR);
        }
    }
}
