package org.hasila.account;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;

/** A journalist or editor who logs in; Quarkus Security JPA checks the bcrypt hash. */
@Entity
@UserDefinition
public class Account extends PanacheEntity {

    @Username
    public String username;

    @Password(PasswordType.MCF)
    public String passwordHash;

    /** {@link Role#JOURNALIST} or {@link Role#EDITOR}. */
    @Roles
    public String role;

    public Instant createdAt;

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
}
