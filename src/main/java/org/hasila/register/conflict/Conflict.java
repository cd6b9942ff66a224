package org.hasila.register.conflict;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FlushModeType;
import org.hasila.kernel.Names;
import org.hibernate.envers.Audited;

/** A war or armed conflict, such as "2020 Nagorno-Karabakh war"; every claim belongs to one. */
@Entity
@Audited
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

    /**
     * The slug of a name, numbered when another conflict has it: names that differ only in punctuation would
     * share one. Flushes nothing, so an import does not flush every row.
     */
    public static String freeSlug(String name, Long except) {
        String base = Names.slug(name).isEmpty() ? "conflict" : Names.slug(name);
        String slug = base;
        for (int n = 2; getEntityManager().createQuery("select count(*) from Conflict where slug = ?1 and id <> ?2",
                Long.class).setParameter(1, slug).setParameter(2, except == null ? -1L : except)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
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
