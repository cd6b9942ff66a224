package org.hasila.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Status;
import org.hasila.timeline.Timeline;
import org.hasila.timeline.TimelineClaims;
import org.hasila.timeline.TimelineComputation;
import org.hasila.timeline.TimelineRequest;

/**
 * Who says what in a conflict: for every subject side and category, each claimant's latest figure, computed the
 * way its timeline computes it (running sums of increments included), so the two never disagree.
 */
@ApplicationScoped
public class ConflictOverview {

    @Inject
    TimelineClaims timelineClaims;

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

    /** The conflict's timelines in category order, then by subject side. */
    @Transactional
    public List<Entry> overview(long conflictId) {
        Map<String, Category> categories = new HashMap<>();
        Category.listInOrder().forEach(category -> categories.put(category.slug, category));
        List<Entry> entries = new ArrayList<>();
        timelineClaims.ofConflict(conflictId).forEach((key, claims) -> {
            Timeline timeline = TimelineComputation.compute(claims, null, null);
            List<Figure> latest = timeline.comparison().latest().stream()
                    .map(l -> new Figure(l.series().claimant(), l.series().party(),
                            l.point().figure().written(), l.point().asOf(), l.point().precision(),
                            l.point().summed() || l.point().ofItems(), l.point().status()))
                    .toList();
            entries.add(new Entry(categories.get(key.categorySlug()), key.subject(), claims.size(), latest));
        });
        return entries;
    }
}
