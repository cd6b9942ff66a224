package org.hasila.register.conflict;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hasila.kernel.Names;

/** A war or armed conflict, such as "2020 Nagorno-Karabakh war"; every claim belongs to one. */
@Entity
public class Conflict extends PanacheEntity {

    public String name;
    public String nameKey;
    public String slug;
    public Instant createdAt;

    public static Conflict named(String name) {
        Conflict conflict = new Conflict();
        conflict.name = Names.written(name);
        conflict.nameKey = Names.key(name);
        conflict.slug = Names.slug(name);
        conflict.createdAt = Instant.now();
        return conflict;
    }

    /** Conflicts with at least one published claim, by name: what readers may choose among. */
    public static java.util.List<Conflict> withPublishedClaims() {
        return list("from Conflict c where exists (from Claim x where x.conflict = c and x.published = true) order by c.name");
    }

    /**
     * The conflict with this name (any case) or this slug, when it has a published claim: to readers, a conflict
     * that only drafts mention does not exist, so filters answer for it exactly as for a name never used.
     */
    public static Optional<Conflict> findPublished(String nameOrSlug) {
        return find("""
                from Conflict c where (c.nameKey = ?1 or c.slug = ?2)
                    and exists (from Claim x where x.conflict = c and x.published = true)""", Names.key(nameOrSlug),
                nameOrSlug.strip()).firstResultOptional();
    }
}
