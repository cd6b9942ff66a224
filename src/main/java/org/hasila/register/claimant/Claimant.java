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
        claimant.name = name.strip();
        claimant.nameKey = Names.key(name);
        claimant.party = party;
        claimant.createdAt = Instant.now();
        return claimant;
    }

    /** Claimants with at least one published claim, by name. */
    public static java.util.List<Claimant> withPublishedClaims() {
        return list("from Claimant c where exists (from Claim x where x.claimant = c and x.published = true) order by c.name");
    }

    public static Optional<Claimant> findByName(String name) {
        return find("nameKey", Names.key(name)).firstResultOptional();
    }

    /** A claimant by its id, as links give it, or by its name in any case. */
    public static Optional<Claimant> findByIdOrName(String idOrName) {
        String text = idOrName.strip();
        if (text.matches("\\d{1,18}")) {
            return findByIdOptional(Long.parseLong(text));
        }
        return findByName(text);
    }
}
