package org.hasila.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A logged-in session: found by the SHA-256 of its cookie's token, so the table holds nothing to log in with. */
@Entity
class LoginSession extends PanacheEntityBase {

    @Id
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Account account;

    public Instant createdAt;

    public Instant lastSeenAt;
}
