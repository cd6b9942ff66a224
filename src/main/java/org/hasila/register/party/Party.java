package org.hasila.register.party;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hasila.kernel.Names;
import org.hibernate.envers.Audited;

/** A side in a conflict: a state or armed group whose losses are claimed, or for whom a claimant speaks. */
@Entity
@Audited
public class Party extends PanacheEntity {

    public String name;
    public String nameKey;
    public Instant createdAt;

    public static Party named(String name) {
        Party party = new Party();
        party.name = name.strip();
        party.nameKey = Names.key(name);
        party.createdAt = Instant.now();
        return party;
    }

    /** Parties whose losses or whose claimants appear in a published claim, by name. */
    public static java.util.List<Party> inPublishedClaims() {
        // Two separate tests, each answered by an index of claim (V5), rather than one "or" that reads every claim
        return list("""
                from Party p where exists (from Claim x where x.subjectParty = p and x.published = true)
                    or exists (from Claimant cl where cl.party = p
                        and exists (from Claim x where x.claimant = cl and x.published = true))
                order by p.name""");
    }

    /**
     * A party of a published claim by name (any case) or by the slug of its name, as timeline links write it: to
     * readers, a party that only drafts mention does not exist.
     */
    public static Optional<Party> findPublished(String nameOrSlug) {
        String key = Names.key(nameOrSlug);
        String slug = nameOrSlug.strip();
        java.util.List<Party> published = inPublishedClaims();
        return published.stream().filter(p -> p.nameKey.equals(key)).findFirst()
                .or(() -> published.stream().filter(p -> Names.slug(p.name).equals(slug)).findFirst());
    }
}
