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
        party.name = Names.written(name);
        party.nameKey = Names.key(name);
        party.createdAt = Instant.now();
        return party;
    }

    /**
     * A party whose losses or whose claimants appear in a published claim. Two separate tests, each answered by an
     * index of claim (V5), rather than one "or" that reads every claim.
     */
    private static final String IN_PUBLISHED_CLAIMS = """
            (exists (from Claim x where x.subjectParty = p and x.published = true)
                or exists (from Claimant cl where cl.party = p
                    and exists (from Claim x where x.claimant = cl and x.published = true)))""";

    /** Parties whose losses or whose claimants appear in a published claim, by name. */
    public static java.util.List<Party> inPublishedClaims() {
        return list("from Party p where " + IN_PUBLISHED_CLAIMS + " order by p.name");
    }

    /**
     * A party of a published claim by name (any case) or by the slug of its name, as timeline links write it: to
     * readers, a party that only drafts mention does not exist.
     */
    public static Optional<Party> findPublished(String nameOrSlug) {
        // Links write the name, found by its unique key; only a slug needs the list of published parties
        String slug = nameOrSlug.strip();
        return Party.<Party> find("from Party p where p.nameKey = ?1 and " + IN_PUBLISHED_CLAIMS, Names.key(nameOrSlug))
                .firstResultOptional()
                .or(() -> inPublishedClaims().stream().filter(p -> Names.slug(p.name).equals(slug)).findFirst());
    }
}
