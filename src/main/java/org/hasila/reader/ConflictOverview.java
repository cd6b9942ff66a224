package org.hasila.reader;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Status;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.timeline.Timeline;
import org.hasila.timeline.TimelineClaim;
import org.hasila.timeline.TimelineClaims;
import org.hasila.timeline.TimelineComputation;
import org.hasila.timeline.TimelineRequest;

/**
 * Who says what in a conflict: for every subject side and category, each claimant's latest figure, computed the
 * way its timeline computes it (running sums of increments included), so the two never disagree. Each timeline's
 * figures are kept until the tally of published claims says it changed (its count or its claims' last change), so a
 * change computes again only the timelines it touched.
 */
@ApplicationScoped
public class ConflictOverview {

    @Inject
    TimelineClaims timelineClaims;

    @Inject
    EntityManager em;

    @Inject
    @CacheName("conflict-overview-timeline")
    Cache kept;

    /** One timeline of the conflict and the latest figure of each claimant in it. */
    public record Entry(Category category, String subject, long claims, List<Figure> latest) {

        public String timelineQuery(String conflictSlug) {
            return TimelineRequest.query(conflictSlug, category.slug, subject);
        }
    }

    /** A claimant's latest figure: the label the chart gives it, as of when, whether it is a sum, its status. */
    public record Figure(String claimant, String party, String label, LocalDate asOf, AsOfPrecision precision,
            boolean sum, Status status) {
    }

    /** A timeline as the tally counts it: what its figures were computed from. */
    private record Counted(long conflictId, String categorySlug, long subjectId, long claims, Instant lastChange) {
    }

    /** The conflict's timelines in category order, then by subject side. */
    @Transactional
    public List<Entry> overview(long conflictId) {
        return em.createQuery("""
                select t.categorySlug, t.subjectPartyId, sum(t.claims), max(t.lastChange)
                from PublishedTally t, Category g, Party p
                where t.conflictId = :conflict and g.slug = t.categorySlug and p.id = t.subjectPartyId
                group by t.categorySlug, g.sortOrder, t.subjectPartyId, p.name order by g.sortOrder, p.name""",
                Object[].class).setParameter("conflict", conflictId).getResultStream()
                .map(row -> new Counted(conflictId, (String) row[0], (Long) row[1], ((Number) row[2]).longValue(),
                        (Instant) row[3]))
                .map(timeline -> kept.<Counted, Entry> get(timeline, this::entry).await().indefinitely()).toList();
    }

    private Entry entry(Counted counted) {
        Category category = Category.findById(counted.categorySlug());
        Party subject = Party.findById(counted.subjectId());
        List<TimelineClaim> claims = timelineClaims
                .of(new TimelineRequest(Conflict.findById(counted.conflictId()), category, subject, null, null, null));
        Timeline timeline = TimelineComputation.compute(claims, null, null);
        List<Figure> latest = timeline.comparison().latest().stream()
                .map(l -> new Figure(l.series().claimant(), l.series().party(), l.point().figure().written(),
                        l.point().asOf(), l.point().precision(), l.point().summed() || l.point().ofItems(),
                        l.point().status()))
                .toList();
        return new Entry(category, subject.name, claims.size(), latest);
    }
}
