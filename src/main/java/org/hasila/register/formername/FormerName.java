package org.hasila.register.formername;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import org.hasila.kernel.Names;

/**
 * A name that a conflict, party or claimant had before a rename or a merge, and the one that answers for it now:
 * old links keep leading somewhere. Live names come first: a former name is asked only when no live one matches.
 */
@Entity
public class FormerName extends PanacheEntity {

    public static final String CONFLICT = "conflict";
    public static final String PARTY = "party";
    public static final String CLAIMANT = "claimant";

    public String kind;
    public String name;
    public String nameKey;
    public String slug;
    /** The id of the merged one; null after a rename. */
    public Long formerId;
    public long currentId;
    public Instant changedAt;

    /**
     * Records that {@code name} and {@code slug} (of the one with {@code formerId}, when merged) now lead to
     * {@code currentId}.
     */
    public static void keep(String kind, String name, String slug, Long formerId, long currentId) {
        FormerName former = new FormerName();
        former.kind = kind;
        former.name = name;
        former.nameKey = Names.key(name);
        former.slug = slug;
        former.formerId = formerId;
        former.currentId = currentId;
        former.changedAt = Instant.now();
        former.persist();
        // What led to the merged one leads to the one kept from now on
        if (formerId != null) {
            update("currentId = ?1 where kind = ?2 and currentId = ?3", currentId, kind, formerId);
        }
    }

    /** The id now answering for a former name (any case) or the slug of one, the latest first. */
    public static Optional<Long> current(String kind, String nameOrSlug) {
        return find("kind = ?1 and (nameKey = ?2 or slug = ?3) order by changedAt desc, id desc", kind,
                Names.key(nameOrSlug), nameOrSlug.strip()).<FormerName> firstResultOptional().map(f -> f.currentId);
    }

    /** The id now answering for a merged one's id. */
    public static Optional<Long> currentOfId(String kind, long formerId) {
        return find("kind = ?1 and formerId = ?2", kind, formerId).<FormerName> firstResultOptional()
                .map(f -> f.currentId);
    }
}
