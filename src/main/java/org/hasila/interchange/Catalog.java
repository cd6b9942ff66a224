package org.hasila.interchange;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hasila.register.category.Category;
import org.hasila.register.claim.Claim;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.register.source.Source;
import org.hasila.kernel.Names;

/**
 * The conflicts, parties, claimants and sources an import refers to: found by name (any case) among those
 * stored, or created once. Keeps ids only, so the import can clear its session as it goes.
 */
public final class Catalog {

    /** A claimant and the party it speaks for (null: independent), by name key. */
    public record ClaimantEntry(long id, String partyKey, String partyName) {
    }

    /** What a claim's names refer to, and its fingerprint. */
    public record Resolved(long conflictId, ClaimantEntry claimant, long subjectId, Long causedById,
            String fingerprint) {
    }

    private final EntityManager em;
    private final Map<String, Long> conflicts = new HashMap<>();
    private final Map<String, Long> parties = new HashMap<>();
    private final Map<String, ClaimantEntry> claimants = new HashMap<>();
    private final Map<String, Long> sources = new HashMap<>();

    public Catalog(EntityManager em) {
        this.em = em;
    }

    long conflict(String name) {
        return conflicts.computeIfAbsent(Names.key(name), key -> stored(Conflict.find("nameKey", key))
                .map(c -> ((Conflict) c).id).orElseGet(() -> create(name)));
    }

    private long create(String conflictName) {
        Conflict conflict = Conflict.named(conflictName);
        // Names that differ only in punctuation would share a slug: number the later one.
        String base = conflict.slug.isEmpty() ? "conflict" : conflict.slug;
        conflict.slug = base;
        for (int n = 2; stored(Conflict.find("slug", conflict.slug)).isPresent(); n++) {
            conflict.slug = base + "-" + n;
        }
        conflict.persist();
        em.flush();
        return conflict.id;
    }

    long party(String name) {
        return parties.computeIfAbsent(Names.key(name), key -> stored(Party.find("nameKey", key))
                .map(p -> ((Party) p).id).orElseGet(() -> {
                    Party party = Party.named(name);
                    party.persist();
                    return party.id;
                }));
    }

    /** The claimant, created with the given side if new; its stored side, whatever the row says, if not. */
    ClaimantEntry claimant(String name, String side) {
        return claimants.computeIfAbsent(Names.key(name), key -> stored(Claimant.find("nameKey", key))
                .map(c -> {
                    Claimant claimant = (Claimant) c;
                    return claimant.party == null ? new ClaimantEntry(claimant.id, null, null)
                            : new ClaimantEntry(claimant.id, claimant.party.nameKey, claimant.party.name);
                }).orElseGet(() -> {
                    Party party = side == null ? null : em.getReference(Party.class, party(side));
                    Claimant claimant = Claimant.named(name, party);
                    claimant.persist();
                    return new ClaimantEntry(claimant.id, side == null ? null : Names.key(side), side);
                }));
    }

    public static boolean speaksFor(ClaimantEntry claimant, String side) {
        return Objects.equals(claimant.partyKey(), side == null ? null : Names.key(side));
    }

    long source(ClaimRow row) {
        String key = Source.matchKey(row.sourceOutlet(), row.sourceTitle(), row.sourceUrl(), row.sourcePublishedOn());
        return sources.computeIfAbsent(key, k -> stored(Source.find("matchKey", k)).map(s -> ((Source) s).id)
                .orElseGet(() -> {
                    Source source = Source.of(row.sourceOutlet(), row.sourceTitle(), row.sourceUrl(),
                            row.sourcePublishedOn(), row.sourceLanguage());
                    source.persist();
                    return source.id;
                }));
    }

    /** Finds or creates what the claim names (claimant with its side, conflict, parties) and fingerprints it. */
    public Resolved resolve(ClaimRow row) {
        ClaimantEntry claimant = claimant(row.claimant(), row.claimantSide());
        long conflictId = conflict(row.conflict());
        long subjectId = party(row.subjectSide());
        Long causedById = row.causedBy() == null ? null : party(row.causedBy());
        String fingerprint = Claim.fingerprint(conflictId, claimant.id(), subjectId, row.category(), row.item(),
                row.counting(), row.periodStart(), row.periodEnd(), row.qualifier(), row.value(), row.valueMin(),
                row.valueMax());
        return new Resolved(conflictId, claimant, subjectId, causedById, fingerprint);
    }

    /** Sets a claim's fields from a row, new or edited. */
    public void fill(Claim claim, ClaimRow row, Resolved names) {
        claim.conflict = em.getReference(Conflict.class, names.conflictId());
        claim.claimant = em.getReference(Claimant.class, names.claimant().id());
        claim.subjectParty = em.getReference(Party.class, names.subjectId());
        claim.causedByParty = names.causedById() == null ? null : em.getReference(Party.class, names.causedById());
        claim.category = em.getReference(Category.class, row.category());
        claim.item = row.item();
        claim.qualifier = row.qualifier();
        claim.valueExact = row.value();
        claim.valueMin = row.valueMin();
        claim.valueMax = row.valueMax();
        claim.counting = row.counting();
        claim.periodStart = row.periodStart();
        claim.periodEnd = row.periodEnd();
        claim.asOfPrecision = row.asOfPrecision();
        claim.statedOn = row.statedOn();
        claim.notes = row.notes();
        claim.fingerprint = names.fingerprint();
        claim.updatedAt = Instant.now();
    }

    /** A new draft (or published) claim from a row. */
    public Claim create(ClaimRow row, Resolved names, String createdBy, boolean publish) {
        Claim claim = new Claim();
        fill(claim, row, names);
        claim.createdBy = createdBy;
        claim.createdAt = claim.updatedAt;
        if (publish) {
            claim.publish();
        }
        claim.persist();
        return claim;
    }

    /** Looks only at what was stored before the import: what it created itself is in the maps. */
    private static Optional<Object> stored(io.quarkus.hibernate.orm.panache.PanacheQuery<?> query) {
        return query.withHint("org.hibernate.flushMode", FlushModeType.COMMIT).firstResultOptional()
                .map(Object.class::cast);
    }
}
