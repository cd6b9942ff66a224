package org.hasila.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Figures;
import org.hasila.register.claim.PastClaims;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.register.source.Source;

/**
 * The public record of corrections, derived from Envers' revisions: every change to what readers saw of a claim (its
 * figure, dates, status, names, a cited source's fields) and every unpublishing and publishing again, with its time
 * and reason. A claim's first publication is not a correction, and a draft's saves are none: readers never saw them.
 * Who made a change stays internal (docs/corrections.md).
 */
@ApplicationScoped
public class Corrections {

    /** What a correction did to a claim readers saw. */
    public enum Kind {
        CORRECTED,
        UNPUBLISHED,
        REPUBLISHED
    }

    /** One field readers saw, named as in claims CSV ({@code figure} for qualifier and values together). */
    public record Change(String field, String before, String after) {
    }

    /**
     * One correction of one published claim; {@code conflictSlug}, {@code category} and {@code subject} say which
     * timeline it belongs to, {@code figure} is the claim's figure after it, as readers see it written.
     */
    public record Correction(long revision, Instant when, String reason, Kind kind, long claimId, String conflict,
            String conflictSlug, String category, String subject, String claimant, String figure,
            List<Change> changes) {
    }

    /** Which corrections: those of one claim, one conflict, one timeline (conflict, category and subject), or all. */
    public record Scope(Long claimId, String conflictSlug, String category, String subject) {

        public static final Scope ALL = new Scope(null, null, null, null);

        public static Scope claim(long id) {
            return new Scope(id, null, null, null);
        }

        boolean holds(Correction c) {
            return (claimId == null || claimId == c.claimId())
                    && (conflictSlug == null || conflictSlug.equals(c.conflictSlug()))
                    && (category == null || category.equals(c.category()))
                    && (subject == null || subject.equalsIgnoreCase(c.subject()));
        }
    }

    private static final Map<String, Function<Claim, Object>> FIELDS = new LinkedHashMap<>(History.SUBJECT_FIELDS);

    static {
        FIELDS.put("figure", Corrections::figure);
        FIELDS.put("counting", c -> c.counting.slug());
        FIELDS.put("period_start", c -> c.periodStart);
        FIELDS.put("period_end", c -> c.periodEnd);
        FIELDS.put("as_of_precision", c -> c.asOfPrecision.slug());
        FIELDS.put("stated_on", c -> c.statedOn);
        FIELDS.put("status", c -> c.status.slug());
        FIELDS.put("status_reason", c -> c.statusReason);
        FIELDS.put("notes", c -> c.notes);
    }

    /**
     * The names a claim's version refers to, as they were in the revision {@code at} (an SQL expression): the last
     * version of each at or before it, as Envers reads a related entity.
     */
    private static String namesAt(String at) {
        return """
                left join conflict_aud co on co.id = c.conflict_id and co.rev = (select max(x.rev) from conflict_aud x
                    where x.id = c.conflict_id and x.rev <= %1$s)
                left join claimant_aud cl on cl.id = c.claimant_id and cl.rev = (select max(x.rev) from claimant_aud x
                    where x.id = c.claimant_id and x.rev <= %1$s)
                left join party_aud sp on sp.id = c.subject_party_id and sp.rev = (select max(x.rev) from party_aud x
                    where x.id = c.subject_party_id and x.rev <= %1$s)
                left join party_aud cb on cb.id = c.caused_by_party_id and cb.rev = (select max(x.rev) from party_aud x
                    where x.id = c.caused_by_party_id and x.rev <= %1$s)
                """.formatted(at);
    }

    /** A claim's version's columns, in the order {@link #claim} reads them, with the names {@link #namesAt} joins. */
    private static final String CLAIM_COLUMNS = """
            c.id, c.published, c.item, c.category_slug, c.qualifier, c.value_exact, c.value_min, c.value_max,
            c.counting, c.period_start, c.period_end, c.as_of_precision, c.stated_on, c.notes, c.status,
            c.status_reason, co.name, co.slug, cl.name, sp.name, cb.name""";

    @Inject
    EntityManager em;

    /** Newest first. */
    @Transactional
    public List<Correction> of(Scope scope) {
        List<Correction> corrections = new ArrayList<>();
        InScope claims = InScope.of(scope, em);
        if (claims != null) {
            claimCorrections(claims, corrections);
            sourceCorrections(scope, corrections);
        }
        return corrections.stream().filter(scope::holds)
                .sorted(Comparator.comparingLong(Correction::revision).reversed()
                        .thenComparingLong(Correction::claimId))
                .toList();
    }

    /**
     * Those made after {@code after} and until {@code until} (now when null), newest first: what a pinned embed counts
     * as "Updated since" and /corrections lists between its two moments.
     */
    public List<Correction> between(Scope scope, Instant after, Instant until) {
        return of(scope).stream()
                .filter(c -> c.when().isAfter(after) && (until == null || !c.when().isAfter(until))).toList();
    }

    /**
     * The claims a scope may concern, as a condition on a claim's version {@code c} with its parameters: by the ids
     * the scope's names have now, so that the database finds them by index; {@link Scope#holds} then decides on the
     * names each correction carries. Null when no claim can be concerned (a name nobody uses).
     */
    private record InScope(String condition, Map<String, Object> parameters) {

        static InScope of(Scope scope, EntityManager em) {
            StringBuilder condition = new StringBuilder("1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (scope.claimId() != null) {
                condition.append(" and c.id = :claim");
                parameters.put("claim", scope.claimId());
            }
            if (scope.conflictSlug() != null && !inIds(condition, parameters, "conflict_id", em
                    .createQuery("select id from Conflict where slug = ?1", Long.class).setParameter(1,
                            scope.conflictSlug()))) {
                return null;
            }
            if (scope.category() != null) {
                condition.append(" and c.category_slug = :category");
                parameters.put("category", scope.category());
            }
            if (scope.subject() != null && !inIds(condition, parameters, "subject_party_id", em
                    .createQuery("select id from Party where lower(name) = lower(?1)", Long.class).setParameter(1,
                            scope.subject()))) {
                return null;
            }
            return new InScope(condition.toString(), parameters);
        }

        /** Adds "the column is one of the ids the query finds"; false when it finds none. */
        private static boolean inIds(StringBuilder condition, Map<String, Object> parameters, String column,
                TypedQuery<Long> ids) {
            List<Long> found = ids.getResultList();
            condition.append(" and c.").append(column).append(" in (:").append(column).append(")");
            parameters.put(column, found);
            return !found.isEmpty();
        }

        Query bound(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /**
     * Only claims saved more than once in scope can have been corrected (V20 indexes their changed versions); each is
     * walked version by version, read by columns (Envers' entities loaded each version's names one by one).
     */
    private void claimCorrections(InScope scope, List<Correction> corrections) {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = scope.bound(em.createNativeQuery("""
                select r.id, r.timestamp, r.reason, %s
                from claim_aud c join revision r on r.id = c.rev
                %s
                where c.id in (select c.id from claim_aud c where c.revtype = 1 and %s)
                order by c.rev, c.id""".formatted(CLAIM_COLUMNS, namesAt("c.rev"), scope.condition())))
                .getResultList();
        Map<Long, Claim> lastPublished = new HashMap<>();
        Map<Long, Claim> last = new HashMap<>();
        for (Object[] version : versions) {
            Claim after = claim(version, 3);
            RevisionSeen revision = RevisionSeen.of(version);
            Claim before = last.put(after.id, after);
            Claim seen = lastPublished.get(after.id);
            boolean wasPublic = before != null && before.published;
            if (after.published) {
                lastPublished.put(after.id, after);
            }
            if (seen == null || before == null) {
                continue; // never seen by readers before: a draft's save or a first publication
            }
            if (wasPublic && !after.published) {
                corrections.add(correction(revision, Kind.UNPUBLISHED, seen, List.of()));
            } else if (after.published) {
                List<Change> changes = changes(FIELDS, seen, after);
                if (changes.stream().anyMatch(change -> change.field().equals("status"))) {
                    // A new status's reason is the correction's own reason: said once.
                    changes.removeIf(change -> change.field().equals("status_reason"));
                }
                if (!wasPublic || !changes.isEmpty()) {
                    corrections.add(correction(revision, wasPublic ? Kind.CORRECTED : Kind.REPUBLISHED, after,
                            changes));
                }
            }
        }
    }

    /**
     * A change of a source is a correction of each claim readers saw citing it at that moment. Only sources saved more
     * than once can have changed (V20 indexes their changed versions, and links by source): their versions are
     * compared, then the claims published at each change that cite it are read in one query. {@link Scope#holds}
     * keeps those of the scope: a changed source is cited by few claims, and a condition on the timeline here made
     * PostgreSQL walk the timeline's history instead of the source's links.
     */
    private void sourceCorrections(Scope scope, List<Correction> corrections) {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = em.createNativeQuery("""
                select r.id, r.timestamp, r.reason, s.id, s.outlet, s.title, s.url, s.published_on, s.language,
                    s.archive_url, s.captured_text
                from source_aud s join revision r on r.id = s.rev
                where s.id in (select m.id from source_aud m where m.revtype = 1)
                order by s.rev""").getResultList();
        Map<Long, Source> last = new HashMap<>();
        Map<List<Long>, List<Change>> changed = new HashMap<>();
        Map<Long, RevisionSeen> revisions = new HashMap<>();
        for (Object[] version : versions) {
            Source after = source(version, 3);
            Source before = last.put(after.id, after);
            List<Change> changes = before == null ? List.of() : changes(History.SOURCE_FIELDS, before, after);
            if (!changes.isEmpty()) {
                RevisionSeen revision = RevisionSeen.of(version);
                changed.put(List.of(after.id, revision.id()), changes);
                revisions.put(revision.id(), revision);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        var cited = em.createNativeQuery("""
                select s.id, s.rev, %s
                from source_aud s
                join claim_source_aud l on l.source_id = s.id and l.revtype <> 2
                    and l.rev = (select max(x.rev) from claim_source_aud x where x.id = l.id and x.rev <= s.rev)
                join claim_aud c on c.id = l.claim_id and c.revtype <> 2 and c.published = true
                    and c.rev = (select max(a.rev) from claim_aud a where a.id = c.id and a.rev <= s.rev)
                %s
                where s.revtype = 1%s""".formatted(CLAIM_COLUMNS, namesAt("s.rev"),
                scope.claimId() == null ? "" : " and l.claim_id = :claim"));
        if (scope.claimId() != null) {
            cited.setParameter("claim", scope.claimId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = cited.getResultList();
        for (Object[] row : rows) {
            long revision = ((Number) row[1]).longValue();
            List<Change> changes = changed.get(List.of(((Number) row[0]).longValue(), revision));
            if (changes != null) {
                corrections.add(correction(revisions.get(revision), Kind.CORRECTED, claim(row, 2), changes));
            }
        }
    }

    /** The revision of a version read by columns: its first three. */
    private record RevisionSeen(long id, Instant when, String reason) {

        static RevisionSeen of(Object[] row) {
            return new RevisionSeen(((Number) row[0]).longValue(), Instant.ofEpochMilli(((Number) row[1]).longValue()),
                    (String) row[2]);
        }
    }

    /**
     * A claim's version from {@link #CLAIM_COLUMNS} starting at {@code from}, as an entity never stored: the fields
     * corrections compare are read from it the same way as from the claims History walks.
     */
    private static Claim claim(Object[] row, int from) {
        Claim claim = new Claim();
        claim.id = ((Number) row[from]).longValue();
        claim.published = Boolean.TRUE.equals(row[from + 1]);
        claim.item = (String) row[from + 2];
        claim.category = new Category();
        claim.category.slug = (String) row[from + 3];
        claim.qualifier = PastClaims.slug(Qualifier.class, row[from + 4]);
        claim.valueExact = PastClaims.number(row[from + 5]);
        claim.valueMin = PastClaims.number(row[from + 6]);
        claim.valueMax = PastClaims.number(row[from + 7]);
        claim.counting = PastClaims.slug(Counting.class, row[from + 8]);
        claim.periodStart = PastClaims.date(row[from + 9]);
        claim.periodEnd = PastClaims.date(row[from + 10]);
        claim.asOfPrecision = PastClaims.slug(AsOfPrecision.class, row[from + 11]);
        claim.statedOn = PastClaims.date(row[from + 12]);
        claim.notes = (String) row[from + 13];
        claim.status = PastClaims.slug(Status.class, row[from + 14]);
        claim.statusReason = (String) row[from + 15];
        claim.conflict = new Conflict();
        claim.conflict.name = (String) row[from + 16];
        claim.conflict.slug = (String) row[from + 17];
        claim.claimant = new Claimant();
        claim.claimant.name = (String) row[from + 18];
        claim.subjectParty = new Party();
        claim.subjectParty.name = (String) row[from + 19];
        if (row[from + 20] != null) {
            claim.causedByParty = new Party();
            claim.causedByParty.name = (String) row[from + 20];
        }
        return claim;
    }

    /** A source's version from its columns starting at {@code from}, as an entity never stored. */
    private static Source source(Object[] row, int from) {
        Source source = new Source();
        source.id = ((Number) row[from]).longValue();
        source.outlet = (String) row[from + 1];
        source.title = (String) row[from + 2];
        source.url = (String) row[from + 3];
        source.publishedOn = PastClaims.date(row[from + 4]);
        source.language = (String) row[from + 5];
        source.archiveUrl = (String) row[from + 6];
        source.capturedText = (String) row[from + 7];
        return source;
    }

    private static <T> List<Change> changes(Map<String, Function<T, Object>> fields, T before, T after) {
        List<Change> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            String old = text(value.apply(before));
            String now = text(value.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        });
        return changes;
    }

    private static Correction correction(RevisionSeen revision, Kind kind, Claim claim, List<Change> changes) {
        return new Correction(revision.id(), revision.when(), revision.reason(), kind, claim.id,
                claim.conflict.name, claim.conflict.slug, claim.category.slug, claim.subjectParty.name,
                claim.claimant.name, figure(claim), List.copyOf(changes));
    }

    private static String figure(Claim claim) {
        return Figures.written(claim.qualifier, claim.valueExact, claim.valueMin, claim.valueMax);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
