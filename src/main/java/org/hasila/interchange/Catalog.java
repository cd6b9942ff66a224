package org.hasila.interchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hasila.kernel.Names;
import org.hasila.kernel.Problem;
import org.hasila.kernel.Rows;
import org.hasila.register.category.Category;
import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFields;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.name.NameKind;
import org.hasila.register.name.Translations;
import org.hasila.register.party.Party;
import org.hasila.register.source.CheckedSource;

/**
 * The conflicts, parties, claimants and sources an import refers to: found by name (any case) among those
 * stored, or created once. Keeps ids only, so the import can clear its session as it goes. A planning catalog (a
 * dry run's) stores nothing: what it would create gets a planned id, below zero so that no stored one has it.
 */
public final class Catalog {

    /** A claimant and the party it speaks for (null: independent), by name key. */
    public record ClaimantEntry(long id, String partyKey, String partyName) {
    }

    /**
     * What a claim's names refer to, its fingerprint, and the fingerprints the same claim may be stored under
     * ({@link Claim#sameClaims}).
     */
    public record Resolved(long conflictId, ClaimantEntry claimant, long subjectId, Long causedById,
            String fingerprint, List<String> sameClaims) {
    }

    private final EntityManager em;
    private final Map<String, Long> conflicts = new HashMap<>();
    private final Map<String, Long> parties = new HashMap<>();
    private final Map<String, ClaimantEntry> claimants = new HashMap<>();
    /** Sources by their match key's digest: a file may cite hundreds of thousands. */
    private final IdsByKey sources = new IdsByKey();
    /** Stores an import's new sources and claims; null in a catalog that plans them or is not an import's. */
    private final ImportWriter writer;
    /** The forms this catalog was given of names in other languages: kind, name key and language to the form. */
    private final Map<String, String> forms = new HashMap<>();
    /** The names those forms name: kind and the form's key to the name's key. */
    private final Map<String, String> formsOf = new HashMap<>();
    /** Each conflict's start as stored before: read once, not for every row of a file. */
    private final Map<Long, Optional<LocalDate>> conflictStarts = new HashMap<>();
    /** The names stored of each kind by what they look like, read once when a new name is first checked. */
    private final Map<Class<?>, Map<String, String>> lookalikes = new HashMap<>();
    private final boolean stores;
    /** Whether any source was stored before: if not, those a file cites are new or in the map. */
    private Boolean sourcesStoredBefore;
    private long lastPlanned;

    public Catalog(EntityManager em) {
        this(em, true, null);
    }

    private Catalog(EntityManager em, boolean stores, ImportWriter writer) {
        this.em = em;
        this.stores = stores;
        this.writer = writer;
    }

    /** A catalog for a dry run: it finds what is stored and plans what it would create, storing nothing. */
    static Catalog planning(EntityManager em) {
        return new Catalog(em, false, null);
    }

    /** A catalog for an import, whose writer stores the sources and claims of its file. */
    static Catalog storing(EntityManager em, ImportWriter writer) {
        return new Catalog(em, true, writer);
    }

    /** Whether an id is one a planning catalog gave what it would create. */
    static boolean planned(long id) {
        return id < 0;
    }

    /** The id of something new: stored, or only planned. */
    private long created(LongSupplier store) {
        return stores ? store.getAsLong() : --lastPlanned;
    }

    /** The id of a new name, stored or planned; later names of the file may look like it either way. */
    private long created(Class<?> kind, String name, LongSupplier store) {
        long id = created(store);
        remember(kind, name);
        return id;
    }

    /**
     * The key under which a typed name is stored: its own, or, when no such name is stored, that of the one name whose
     * form in some language it is ("أذربيجان" is a form of "Azerbaijan").
     */
    private String storedKey(NameKind kind, Map<String, ?> created, String name) {
        String key = Names.key(name);
        String entity = kind == NameKind.CONFLICT ? "Conflict" : kind == NameKind.PARTY ? "Party" : "Claimant";
        if (created.containsKey(key) || em.createQuery("select count(*) from " + entity + " where nameKey = ?1",
                Long.class).setParameter(1, key).setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0) {
            return key;
        }
        String given = formsOf.get(kind + "\n" + key);
        if (given != null) {
            return given;
        }
        List<String> keys = Translations.keysOfTranslated(em, kind, name);
        if (keys.size() != 1) {
            return key;
        }
        // Later rows that type the same form find it without asking the database again
        formsOf.put(kind + "\n" + key, keys.get(0));
        return keys.get(0);
    }

    /**
     * Stores a name's form in a language (a planning catalog only remembers it), replacing the one stored; null,
     * or the other form this catalog was given of the same name in the same language, which it keeps.
     */
    String form(NameKind kind, String name, String language, String form) {
        String key = switch (kind) {
            case CONFLICT -> storedKey(kind, conflicts, name);
            case PARTY -> storedKey(kind, parties, name);
            case CLAIMANT -> storedKey(kind, claimants, name);
            case OUTLET, ITEM -> Names.key(name);
        };
        String earlier = forms.putIfAbsent(kind + "\n" + key + "\n" + language, form);
        if (earlier != null) {
            return earlier.equals(form) ? null : earlier;
        }
        formsOf.putIfAbsent(kind + "\n" + Names.key(form), key);
        if (stores) {
            Translations.put(kind, key, language, form);
        }
        return null;
    }

    long conflict(String name) {
        return conflicts.computeIfAbsent(storedKey(NameKind.CONFLICT, conflicts, name),
                key -> stored(Conflict.find("nameKey", key))
                        .map(c -> ((Conflict) c).id).orElseGet(() -> created(Conflict.class, name, () -> store(name))));
    }

    private long store(String conflictName) {
        Conflict conflict = Conflict.named(conflictName);
        conflict.slug = Conflict.freeSlug(conflictName, null);
        conflict.persist();
        em.flush();
        return conflict.id;
    }

    long party(String name) {
        return parties.computeIfAbsent(storedKey(NameKind.PARTY, parties, name), key -> stored(Party.find("nameKey", key))
                .map(p -> ((Party) p).id).orElseGet(() -> created(Party.class, name, () -> {
                    Party party = Party.named(name);
                    party.persist();
                    return party.id;
                })));
    }

    /** The claimant, created with the given side if new; its stored side, whatever the row says, if not. */
    ClaimantEntry claimant(String name, String side) {
        return claimants.computeIfAbsent(storedKey(NameKind.CLAIMANT, claimants, name),
                key -> stored(Claimant.find("nameKey", key))
                        .map(c -> {
                            Claimant claimant = (Claimant) c;
                            return claimant.party == null ? new ClaimantEntry(claimant.id, null, null)
                                    : new ClaimantEntry(claimant.id, claimant.party.nameKey, claimant.party.name);
                        }).orElseGet(() -> new ClaimantEntry(created(Claimant.class, name, () -> {
                            Party party = side == null ? null : em.getReference(Party.class, party(side));
                            Claimant claimant = Claimant.named(name, party);
                            claimant.persist();
                            return claimant.id;
                        }), side == null ? null : storedKey(NameKind.PARTY, parties, side), side)));
    }

    long source(CheckedSource checked) {
        long key = IdsByKey.of(checked.matchKey());
        long id = sources.get(key);
        if (id == 0) {
            if (sourcesStoredBefore == null) {
                sourcesStoredBefore = Rows.any(em, "Source");
            }
            // Only the id is read: an import does not keep an entity of every source its file cites
            id = !sourcesStoredBefore ? 0
                    : em.createQuery("select id from Source where matchKey = ?1", Long.class)
                            .setParameter(1, checked.matchKey()).setFlushMode(FlushModeType.COMMIT).getResultStream()
                            .findFirst().orElse(0L);
            if (id == 0) {
                id = created(() -> writer.source(checked));
            }
            sources.put(key, id);
        }
        return id;
    }

    /**
     * Finds or creates what the claim names (claimant with its side, conflict, parties) and fingerprints it; null
     * when the claim gives a known claimant another side than the one it speaks for, or, unless
     * {@code newNamesConfirmed}, when a new name looks like a stored one or mixes scripts as lookalikes do: each is
     * reported.
     */
    public Resolved resolve(CheckedClaim claim, boolean newNamesConfirmed, Consumer<Problem> problems) {
        if (!newNamesConfirmed) {
            boolean alike = lookalike(Conflict.class, ClaimFields.CONFLICT, claim.conflict(), problems)
                    | lookalike(Claimant.class, ClaimFields.CLAIMANT, claim.claimant(), problems)
                    | lookalike(Party.class, ClaimFields.CLAIMANT_SIDE, claim.claimantSide(), problems)
                    | lookalike(Party.class, ClaimFields.SUBJECT_SIDE, claim.subjectSide(), problems)
                    | lookalike(Party.class, ClaimFields.CAUSED_BY, claim.causedBy(), problems);
            if (alike) {
                return null;
            }
        }
        ClaimantEntry claimant = claimant(claim.claimant(), claim.claimantSide());
        String sideKey = claim.claimantSide() == null ? null : storedKey(NameKind.PARTY, parties, claim.claimantSide());
        if (!Objects.equals(claimant.partyKey(), sideKey)) {
            problems.accept(Problem.of(Problem.Code.CLAIMANT_SPEAKS_FOR_ANOTHER_SIDE, ClaimFields.CLAIMANT_SIDE,
                    claim.claimant(), claimant.partyName(), claim.claimantSide()));
            return null;
        }
        long conflictId = conflict(claim.conflict());
        long subjectId = party(claim.subjectSide());
        Long causedById = claim.causedBy() == null ? null : party(claim.causedBy());
        LocalDate start = conflictStarts.computeIfAbsent(conflictId,
                id -> Optional.ofNullable(planned(id) ? null : Claim.conflictStart(id))).orElse(null);
        List<String> sameClaims = Claim.sameClaims(start, conflictId, claimant.id(), subjectId, claim.category(),
                claim.item(), claim.counting(), claim.periodStart(), claim.periodEnd(), claim.qualifier(),
                claim.value(), claim.valueMin(), claim.valueMax());
        return new Resolved(conflictId, claimant, subjectId, causedById, sameClaims.get(0), sameClaims);
    }

    /**
     * Whether a name not stored yet looks like one that is (the same UTS #39 skeleton), or mixes scripts the way
     * lookalikes do; reported if so. Names this catalog creates count as stored from then on.
     */
    private boolean lookalike(Class<?> kind, String field, String name, Consumer<Problem> problems) {
        if (name == null) {
            return false;
        }
        Map<String, ?> created = kind == Conflict.class ? conflicts : kind == Party.class ? parties : claimants;
        NameKind named = kind == Conflict.class ? NameKind.CONFLICT
                : kind == Party.class ? NameKind.PARTY : NameKind.CLAIMANT;
        String key = storedKey(named, created, name);
        // A name stored, or a form of one in another language, is no new name
        if (created.containsKey(key) || !key.equals(Names.key(name)) || !em.createQuery("select count(*) from "
                + kind.getSimpleName() + " where nameKey = ?1", Long.class).setParameter(1, key)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult().equals(0L)) {
            return false;
        }
        String stored = names(kind).get(Names.lookalikeKey(name));
        if (stored != null) {
            problems.accept(Problem.of(Problem.Code.LOOKS_LIKE_ANOTHER_NAME, field, name, stored));
            return true;
        }
        if (Names.mixesScripts(name)) {
            problems.accept(Problem.of(Problem.Code.MIXED_SCRIPTS, field, name));
            return true;
        }
        return false;
    }

    private Map<String, String> names(Class<?> kind) {
        return lookalikes.computeIfAbsent(kind, k -> {
            Map<String, String> byLook = new HashMap<>();
            em.createQuery("select name from " + k.getSimpleName(), String.class)
                    .setFlushMode(FlushModeType.COMMIT).getResultStream()
                    .forEach(name -> byLook.putIfAbsent(Names.lookalikeKey(name), name));
            return byLook;
        });
    }

    /** A name this catalog stored, which later names may look like. */
    private void remember(Class<?> kind, String name) {
        Map<String, String> byLook = lookalikes.get(kind);
        if (byLook != null) {
            byLook.putIfAbsent(Names.lookalikeKey(name), Names.written(name));
        }
    }

    /** Sets the fields of a new or edited claim. */
    public void fill(Claim claim, CheckedClaim checked, Resolved names) {
        claim.conflict = em.getReference(Conflict.class, names.conflictId());
        claim.claimant = em.getReference(Claimant.class, names.claimant().id());
        claim.subjectParty = em.getReference(Party.class, names.subjectId());
        claim.causedByParty = names.causedById() == null ? null : em.getReference(Party.class, names.causedById());
        claim.category = em.getReference(Category.class, checked.category());
        claim.item = checked.item();
        claim.qualifier = checked.qualifier();
        claim.valueExact = checked.value();
        claim.valueMin = checked.valueMin();
        claim.valueMax = checked.valueMax();
        claim.counting = checked.counting();
        claim.periodStart = checked.periodStart();
        claim.periodEnd = checked.periodEnd();
        claim.asOfPrecision = checked.asOfPrecision();
        claim.statedOn = checked.statedOn();
        claim.notes = checked.notes();
        claim.fingerprint = names.fingerprint();
        claim.updatedAt = Instant.now();
    }

    /** A new draft (or published) claim. */
    public Claim create(CheckedClaim checked, Resolved names, String createdBy, boolean publish) {
        Claim claim = new Claim();
        fill(claim, checked, names);
        claim.createdBy = createdBy;
        claim.createdAt = claim.updatedAt;
        if (publish) {
            claim.publish();
        }
        claim.persist();
        return claim;
    }

    /** The id of a new claim an import stores, or only plans. */
    long newClaim(CheckedClaim checked, Resolved names) {
        return created(() -> writer.claim(checked, names));
    }

    /** Looks only at what was stored before the import: what it created itself is in the maps. */
    private static Optional<Object> stored(io.quarkus.hibernate.orm.panache.PanacheQuery<?> query) {
        return query.withHint("org.hibernate.flushMode", FlushModeType.COMMIT).firstResultOptional()
                .map(Object.class::cast);
    }
}
