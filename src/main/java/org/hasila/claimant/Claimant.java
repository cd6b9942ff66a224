package org.hasila.claimant;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hasila.party.Party;
import org.hasila.web.Names;

/** Who makes claims: a ministry, prosecutor, army, NGO or monitor; speaks for one party or none. */
@Entity
public class Claimant extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claimant_seq")
    @SequenceGenerator(name = "claimant_seq", sequenceName = "claimant_seq", allocationSize = 50)
    public Long id;

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
