package org.hasila.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.Figures;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

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

    @Inject
    EntityManager em;

    /** Newest first. */
    @Transactional
    public List<Correction> of(Scope scope) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Correction> corrections = new ArrayList<>();
        claimCorrections(reader, scope, corrections);
        sourceCorrections(reader, scope, corrections);
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

    /** Only claims saved more than once can have been corrected; each is walked version by version. */
    private static void claimCorrections(AuditReader reader, Scope scope, List<Correction> corrections) {
        var changed = reader.createQuery().forRevisionsOfEntity(Claim.class, true, true)
                .add(AuditEntity.revisionType().eq(RevisionType.MOD)).addProjection(AuditEntity.id().distinct());
        if (scope.claimId() != null) {
            changed.add(AuditEntity.id().eq(scope.claimId()));
        }
        List<?> ids = changed.getResultList();
        for (int from = 0; from < ids.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<Object[]> versions = reader.createQuery().forRevisionsOfEntity(Claim.class, false, true)
                    .add(AuditEntity.id().in(ids.subList(from, Math.min(ids.size(), from + 1000))))
                    .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
            Map<Long, Claim> lastPublished = new HashMap<>();
            Map<Long, Claim> last = new HashMap<>();
            for (Object[] version : versions) {
                Claim after = (Claim) version[0];
                Revision revision = (Revision) version[1];
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
    }

    /** A change of a source is a correction of each claim readers saw citing it at that moment. */
    private static void sourceCorrections(AuditReader reader, Scope scope, List<Correction> corrections) {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = reader.createQuery().forRevisionsOfEntity(Source.class, false, true)
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, Source> last = new HashMap<>();
        Set<Long> changedSources = new HashSet<>();
        List<Object[]> changes = new ArrayList<>();
        for (Object[] version : versions) {
            Source after = (Source) version[0];
            Source before = last.put(after.id, after);
            if (before != null) {
                List<Change> changed = changes(History.SOURCE_FIELDS, before, after);
                if (!changed.isEmpty()) {
                    changes.add(new Object[] { after.id, version[1], changed });
                    changedSources.add(after.id);
                }
            }
        }
        for (Object[] change : changes) {
            Revision revision = (Revision) change[1];
            @SuppressWarnings("unchecked")
            List<Change> changed = (List<Change>) change[2];
            @SuppressWarnings("unchecked")
            List<ClaimSource> links = reader.createQuery().forEntitiesAtRevision(ClaimSource.class, revision.id)
                    .add(AuditEntity.relatedId("source").eq(change[0])).getResultList();
            for (ClaimSource link : links) {
                long claimId = link.claim.id;
                if (scope.claimId() != null && scope.claimId() != claimId) {
                    continue;
                }
                Claim claim = reader.find(Claim.class, claimId, revision.id);
                if (claim != null && claim.published) {
                    corrections.add(correction(revision, Kind.CORRECTED, claim, changed));
                }
            }
        }
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

    private static Correction correction(Revision revision, Kind kind, Claim claim, List<Change> changes) {
        return new Correction(revision.id, Instant.ofEpochMilli(revision.timestamp), revision.reason, kind, claim.id,
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
