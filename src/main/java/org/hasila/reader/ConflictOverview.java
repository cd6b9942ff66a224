package org.hasila.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.timeline.ChartSvg;
import org.hasila.timeline.Timeline;
import org.hasila.timeline.TimelineClaim;
import org.hasila.timeline.TimelineComputation;
import org.hasila.timeline.TimelineRequest;

/**
 * Who says what in a conflict: for every subject side and category, each claimant's latest figure, computed the
 * way its timeline computes it (running sums of increments included), so the two never disagree.
 */
@ApplicationScoped
public class ConflictOverview {

    @Inject
    EntityManager em;

    /** One timeline of the conflict and the latest figure of each claimant in it. */
    public record Entry(Category category, String subject, long claims, List<Figure> latest) {

        public String timelineQuery(String conflictSlug) {
            return TimelineRequest.query(conflictSlug, category.slug, subject);
        }
    }

    /** A claimant's latest figure: the label the chart gives it, as of when, and whether it is a sum. */
    public record Figure(String claimant, String party, String label, LocalDate asOf, AsOfPrecision precision,
            boolean sum) {
    }

    /** The conflict's timelines in category order, then by subject side. */
    @Transactional
    public List<Entry> overview(long conflictId) {
        List<Object[]> rows = em.createQuery("""
                select c.category.slug, c.subjectParty.name, c.id, cl.id, cl.name, p.name, c.item, c.qualifier,
                    c.valueExact, c.valueMin, c.valueMax, c.counting, c.periodStart, c.periodEnd, c.asOfPrecision,
                    c.statedOn, c.status
                from Claim c join c.claimant cl left join cl.party p
                where c.conflict.id = :conflict and c.published = true
                order by c.category.sortOrder, c.subjectParty.name, c.id""", Object[].class)
                .setParameter("conflict", conflictId).getResultList();
        Map<String, List<TimelineClaim>> byTimeline = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byTimeline.computeIfAbsent(row[0] + "\n" + row[1], key -> new ArrayList<>())
                    .add(new TimelineClaim((Long) row[2], (Long) row[3], (String) row[4], (String) row[5],
                            (String) row[6], (Qualifier) row[7], (Long) row[8], (Long) row[9], (Long) row[10],
                            (Counting) row[11], (LocalDate) row[12], (LocalDate) row[13], (AsOfPrecision) row[14],
                            (LocalDate) row[15], (Status) row[16]));
        }
        Map<String, Category> categories = new java.util.HashMap<>();
        Category.listInOrder().forEach(category -> categories.put(category.slug, category));
        List<Entry> entries = new ArrayList<>();
        byTimeline.forEach((key, claims) -> {
            String[] parts = key.split("\n", 2);
            Timeline timeline = TimelineComputation.compute(claims, null, null);
            List<Figure> latest = timeline.comparison().latest().stream()
                    .map(l -> new Figure(l.series().claimant(), l.series().party(),
                            ChartSvg.valueLabel(l.point().figure()), l.point().asOf(), l.point().precision(),
                            l.point().summed() || l.point().ofItems()))
                    .toList();
            entries.add(new Entry(categories.get(parts[0]), parts[1], claims.size(), latest));
        });
        return entries;
    }
}
