package org.hasila.account;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** A journalist or editor who logs in ({@link Logins}); disabled rather than deleted, as history names it. */
@Entity
public class Account extends PanacheEntity {

    public String username;

    /** bcrypt in modular crypt format. */
    public String passwordHash;

    /** {@link Role#JOURNALIST} or {@link Role#EDITOR}. */
    public String role;

    public Instant createdAt;

    /** When an editor disabled the account; null while it may log in. */
    public Instant disabledAt;

    public static Account create(String username, String password, String role) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.role = role;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }
}
