package org.hasila.account;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Failed logins of one account name (as typed) or one client address, and until when they are locked out. */
@Entity
class LoginThrottle extends PanacheEntityBase {

    /** {@code account:<name>} or {@code address:<ip>}. */
    @Id
    public String throttleKey;

    public int failures;

    public Instant lastFailureAt;

    public Instant lockedUntil;
}
