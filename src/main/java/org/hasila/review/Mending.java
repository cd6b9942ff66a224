package org.hasila.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.kernel.Names;
import org.hasila.kernel.Slugged;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.formername.FormerName;
import org.hasila.register.name.NameKind;
import org.hasila.register.name.Translations;
import org.hasila.register.party.Party;
import org.hasila.register.source.Source;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.MendingMessages;

/**
 * Renames and merges conflicts, parties, claimants and outlets: the one place that knows everything that refers to
 * a name, so a merge moves all of it. Each change is one revision with the editor's reason; the claims it touches
 * change with it, so their history shows the name before and after, and readers' kept summaries are computed again.
 */
@ApplicationScoped
public class Mending {

    /** What can be renamed and merged. */
    public enum Kind implements Slugged {
        CONFLICT,
        PARTY,
        CLAIMANT,
        OUTLET;

        int longest() {
            return this == OUTLET ? 300 : 200;
        }

        /** What its forms in other languages are stored under. */
        NameKind nameKind() {
            return NameKind.valueOf(name());
        }
    }

    /** A name in use: its id (none for an outlet, which is a source's field) and how many claims use it. */
    public record Named(Long id, String name, long claims) {
    }

    /**
     * Done, or the problems by field. {@code mergeWith} is a stored name the new one is or looks like: the merge is
     * offered. {@code repeats} are the claims a merge made the same as others, each with the other's id.
     */
    public record Outcome(FormErrors errors, String mergeWith, Map<Long, Long> repeats) {

        public boolean done() {
            return errors.isEmpty();
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ChangeReason changeReason;

    @Inject
    Language language;

    @Inject
    PublishedSummaries summaries;

    /** The names of a kind that some claim uses, by name: a name no claim uses any more is offered nowhere. */
    public List<Named> inUse(Kind kind) {
        List<Object[]> rows = switch (kind) {
            case CONFLICT -> em.createQuery("""
                    select c.id, c.name, count(x) from Claim x join x.conflict c group by c.id, c.name order by c.name""",
                    Object[].class).getResultList();
            case CLAIMANT -> em.createQuery("""
                    select c.id, c.name, count(x) from Claim x join x.claimant c group by c.id, c.name order by c.name""",
                    Object[].class).getResultList();
            case PARTY -> em.createQuery("""
                    select p.id, p.name, (select count(x) from Claim x where x.subjectParty = p or x.causedByParty = p
                        or x.claimant.party = p) from Party p order by p.name""", Object[].class).getResultList();
            case OUTLET -> em.createQuery("""
                    select null, s.outlet, count(distinct cs.claim) from ClaimSource cs join cs.source s
                    group by s.outlet order by s.outlet""", Object[].class).getResultList();
        };
        Map<String, Named> byKey = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long claims = ((Number) row[2]).longValue();
            if (claims > 0) {
                // Outlets written in another case are one outlet
                byKey.merge(Names.key((String) row[1]), new Named((Long) row[0], (String) row[1], claims),
                        (a, b) -> new Named(a.id(), a.name(), a.claims() + b.claims()));
            }
        }
        return List.copyOf(byKey.values());
    }

    /** A stored name of this kind, found by its key (any case, spaces folded), whether claims use it or not. */
    public Optional<Named> find(Kind kind, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = Names.key(name);
        return switch (kind) {
            case CONFLICT -> Conflict.<Conflict> find("nameKey", key).firstResultOptional()
                    .map(c -> new Named(c.id, c.name, 0));
            case PARTY -> Party.<Party> find("nameKey", key).firstResultOptional().map(p -> new Named(p.id, p.name, 0));
            case CLAIMANT -> Claimant.<Claimant> find("nameKey", key).firstResultOptional()
                    .map(c -> new Named(c.id, c.name, 0));
            case OUTLET -> outlets(key).stream().findFirst().map(s -> new Named(null, s.outlet, 0));
        };
    }

    /** Gives a name another, unless another stored name is it or looks like it: then the merge is offered. */
    @Transactional
    public Outcome rename(Kind kind, String current, String newName, String reason) {
        MendingMessages msg = language.bundle(MendingMessages.class);
        FormErrors errors = FormErrors.none();
        Optional<Named> named = find(kind, current);
        if (named.isEmpty()) {
            errors.add("name", msg.no_such_name(String.valueOf(current)));
        }
        String mergeWith = null;
        if (newName == null || newName.isBlank()) {
            errors.add("new_name", msg.name_needed());
        } else if (Names.written(newName).length() > kind.longest()) {
            errors.add("new_name", msg.name_too_long(kind.longest()));
        } else if (Names.unseen(newName).isPresent()) {
            errors.add("new_name", msg.name_unseen(Names.unseen(newName).get().described()));
        } else if (named.isPresent()) {
            Optional<String> other = namesOf(kind).stream()
                    .filter(stored -> !Names.key(stored).equals(Names.key(named.get().name())))
                    .filter(stored -> Names.key(stored).equals(Names.key(newName))
                            || Names.lookalikeKey(stored).equals(Names.lookalikeKey(newName)))
                    .findFirst();
            if (other.isPresent()) {
                mergeWith = other.get();
                errors.add("new_name", Names.key(other.get()).equals(Names.key(newName)) ? msg.name_taken(other.get())
                        : msg.name_looks_like(other.get()));
            } else if (Names.mixesScripts(newName)) {
                errors.add("new_name", msg.name_mixes_scripts());
            }
        }
        reasonGiven(reason, "reason", errors, msg);
        if (!errors.isEmpty()) {
            return new Outcome(errors, mergeWith, Map.of());
        }
        changeReason.set(reason);
        String written = Names.written(newName);
        Named old = named.get();
        switch (kind) {
            case CONFLICT -> {
                Conflict conflict = Conflict.findById(old.id());
                FormerName.keep(FormerName.CONFLICT, conflict.name, conflict.slug, null, conflict.id);
                conflict.name = written;
                conflict.nameKey = Names.key(written);
                conflict.slug = Conflict.freeSlug(written, conflict.id);
                touch(Claim.list("conflict", conflict));
            }
            case PARTY -> {
                Party party = Party.findById(old.id());
                FormerName.keep(FormerName.PARTY, party.name, Names.slug(party.name), null, party.id);
                party.name = written;
                party.nameKey = Names.key(written);
                touch(claimsOf(party));
            }
            case CLAIMANT -> {
                Claimant claimant = Claimant.findById(old.id());
                FormerName.keep(FormerName.CLAIMANT, claimant.name, Names.slug(claimant.name), null, claimant.id);
                claimant.name = written;
                claimant.nameKey = Names.key(written);
                touch(Claim.list("claimant", claimant));
            }
            case OUTLET -> {
                // A new outlet name no other source has: no two sources become the same
                List<Source> sources = outlets(Names.key(old.name()));
                sources.forEach(source -> renameOutlet(source, written));
                touch(claimsReadIn(sources));
            }
        }
        Translations.follow(kind.nameKind(), Names.key(old.name()), Names.key(written));
        return new Outcome(errors, null, Map.of());
    }

    /**
     * Merges {@code merged} into {@code kept}: every claim, claimant side and source that names the merged one names
     * the kept one from now on, and the merged one's name and links lead to the kept one. Claims that become the same
     * as others are kept, both, and said: published claims are never deleted, so refusing would leave the two names
     * apart for good; an editor retracts or deletes one. Refused when two claimants speak for different sides, or
     * when two sources of the outlets would become one.
     */
    @Transactional
    public Outcome merge(Kind kind, String merged, String kept, String reason) {
        MendingMessages msg = language.bundle(MendingMessages.class);
        FormErrors errors = FormErrors.none();
        Optional<Named> from = find(kind, merged);
        Optional<Named> into = find(kind, kept);
        if (from.isEmpty()) {
            errors.add("name", msg.no_such_name(String.valueOf(merged)));
        }
        if (into.isEmpty()) {
            errors.add("into", kept == null || kept.isBlank() ? msg.into_needed() : msg.no_such_name(kept));
        } else if (from.isPresent() && Names.key(from.get().name()).equals(Names.key(into.get().name()))) {
            errors.add("into", msg.merge_into_itself());
        }
        reasonGiven(reason, "merge_reason", errors, msg);
        if (errors.isEmpty() && kind == Kind.CLAIMANT) {
            Claimant a = Claimant.findById(from.get().id());
            Claimant b = Claimant.findById(into.get().id());
            if (!Objects.equals(a.party == null ? null : a.party.id, b.party == null ? null : b.party.id)) {
                errors.add("into", msg.sides_differ(a.name, side(a, msg), b.name, side(b, msg)));
            }
        }
        if (errors.isEmpty() && kind == Kind.OUTLET) {
            for (Source source : outlets(Names.key(from.get().name()))) {
                String key = Source.matchKey(into.get().name(), source.title, source.url, source.publishedOn);
                Optional<Source> same = Source.findByMatchKey(key);
                if (same.isPresent() && !same.get().id.equals(source.id)) {
                    errors.add("into", msg.sources_become_one(source.id, same.get().id));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(errors, null, Map.of());
        }
        changeReason.set(reason);
        Map<Long, Long> repeats = new LinkedHashMap<>();
        switch (kind) {
            case CONFLICT -> {
                Conflict gone = Conflict.findById(from.get().id());
                Conflict stays = Conflict.findById(into.get().id());
                move(Claim.list("conflict", gone), claim -> claim.conflict = stays, repeats);
                FormerName.keep(FormerName.CONFLICT, gone.name, gone.slug, gone.id, stays.id);
                gone.delete();
            }
            case PARTY -> {
                Party gone = Party.findById(from.get().id());
                Party stays = Party.findById(into.get().id());
                List<Claim> claims = claimsOf(gone);
                move(claims, claim -> {
                    if (claim.subjectParty.id.equals(gone.id)) {
                        claim.subjectParty = stays;
                    }
                    if (claim.causedByParty != null && claim.causedByParty.id.equals(gone.id)) {
                        claim.causedByParty = stays;
                    }
                }, repeats);
                Claimant.<Claimant> list("party", gone).forEach(claimant -> claimant.party = stays);
                FormerName.keep(FormerName.PARTY, gone.name, Names.slug(gone.name), gone.id, stays.id);
                gone.delete();
            }
            case CLAIMANT -> {
                Claimant gone = Claimant.findById(from.get().id());
                Claimant stays = Claimant.findById(into.get().id());
                move(Claim.list("claimant", gone), claim -> claim.claimant = stays, repeats);
                FormerName.keep(FormerName.CLAIMANT, gone.name, Names.slug(gone.name), gone.id, stays.id);
                gone.delete();
            }
            case OUTLET -> {
                List<Source> sources = outlets(Names.key(from.get().name()));
                sources.forEach(source -> renameOutlet(source, into.get().name()));
                touch(claimsReadIn(sources));
            }
        }
        Translations.follow(kind.nameKind(), Names.key(from.get().name()), Names.key(into.get().name()));
        return new Outcome(errors, null, repeats);
    }

    /**
     * Moves each claim, fingerprints it again and notes the claim already stored that it now repeats. Looked up
     * before anything is written: the moved claims still carry their old fingerprints, which no other claim has.
     */
    private void move(List<Claim> claims, java.util.function.Consumer<Claim> change, Map<Long, Long> repeats) {
        List<PublishedSummaries.Pair> before = claims.stream().map(PublishedSummaries.Pair::of).toList();
        for (Claim claim : claims) {
            change.accept(claim);
            claim.updateFingerprint();
            Long same = Claim.duplicateOf(List.of(claim.fingerprint), claim.id);
            if (same != null) {
                repeats.put(claim.id, same);
            }
        }
        touch(claims, before);
    }

    private void touch(List<Claim> claims) {
        touch(claims, List.of());
    }

    /**
     * The claims change with the name, so their history shows it and readers' kept answers are computed again: the
     * tally counts them again where they were ({@code before}) and where they are now, with their new last change.
     */
    private void touch(List<Claim> claims, List<PublishedSummaries.Pair> before) {
        Instant now = Instant.now();
        claims.forEach(claim -> claim.updatedAt = now);
        summaries.recountPairs(java.util.stream.Stream
                .concat(before.stream(), claims.stream().map(PublishedSummaries.Pair::of)).toList());
    }

    private static List<Claim> claimsOf(Party party) {
        return Claim.list("subjectParty = ?1 or causedByParty = ?1 or claimant.party = ?1", party);
    }

    private static List<Claim> claimsReadIn(List<Source> sources) {
        return sources.isEmpty() ? List.of()
                : Claim.list("select distinct cs.claim from ClaimSource cs where cs.source in ?1", sources);
    }

    private static void renameOutlet(Source source, String outlet) {
        source.outlet = outlet;
        source.matchKey = Source.matchKey(outlet, source.title, source.url, source.publishedOn);
    }

    /** The sources of an outlet, by its key. */
    private List<Source> outlets(String key) {
        List<Source> sources = new ArrayList<>();
        em.createQuery("from Source order by id", Source.class).getResultStream()
                .filter(source -> Names.key(source.outlet).equals(key)).forEach(sources::add);
        return sources;
    }

    private List<String> namesOf(Kind kind) {
        return switch (kind) {
            case CONFLICT -> em.createQuery("select name from Conflict", String.class).getResultList();
            case PARTY -> em.createQuery("select name from Party", String.class).getResultList();
            case CLAIMANT -> em.createQuery("select name from Claimant", String.class).getResultList();
            case OUTLET -> em.createQuery("select distinct outlet from Source", String.class).getResultList();
        };
    }

    private static String side(Claimant claimant, MendingMessages msg) {
        return claimant.party == null ? msg.independent() : claimant.party.name;
    }

    private static void reasonGiven(String reason, String field, FormErrors errors, MendingMessages msg) {
        if (reason == null || reason.isBlank()) {
            errors.add(field, msg.reason_needed());
        } else if (reason.strip().length() > 2000) {
            errors.add(field, msg.reason_too_long());
        }
    }
}
