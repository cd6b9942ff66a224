package org.hasila.register.claimant;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hasila.kernel.Names;
import org.hasila.register.party.Party;
import org.hibernate.envers.Audited;

/** Who makes claims: a ministry, prosecutor, army, NGO or monitor; speaks for one party or none. */
@Entity
@Audited
public class Claimant extends PanacheEntity {

    public String name;
    public String nameKey;

    /** The party the claimant speaks for; null for an independent claimant. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Party party;

    public Instant createdAt;

    public static Claimant named(String name, Party party) {
        Claimant claimant = new Claimant();
        claimant.name = Names.written(name);
        claimant.nameKey = Names.key(name);
        claimant.party = party;
        claimant.createdAt = Instant.now();
        return claimant;
    }

    /** Claimants with at least one published claim, by name. */
    public static java.util.List<Claimant> withPublishedClaims() {
        return list("from Claimant c where exists (from Claim x where x.claimant = c and x.published = true) order by c.name");
    }

    /**
     * The claimant of that name as typed, in any case; none for text no name can be (a control character, which
     * PostgreSQL refuses even to compare).
     */
    public static Optional<Claimant> named(String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return find("nameKey", Names.key(name)).firstResultOptional();
    }

    /**
     * A claimant with a published claim by its id, as links give it, or by its name in any case: to readers, a
     * claimant that only drafts mention does not exist.
     */
    public static Optional<Claimant> findPublished(String idOrName) {
        String text = idOrName.strip();
        String published = " and exists (from Claim x where x.claimant = c and x.published = true)";
        if (text.matches("\\d{1,18}")) {
            return find("from Claimant c where c.id = ?1" + published, Long.parseLong(text)).firstResultOptional();
        }
        return find("from Claimant c where c.nameKey = ?1" + published, Names.key(text)).firstResultOptional();
    }
}
