package org.hasila.claimant;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hasila.party.Party;
import org.hasila.web.Names;

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

    public static Optional<Claimant> findByName(String name) {
        return find("nameKey", Names.key(name)).firstResultOptional();
    }
}
