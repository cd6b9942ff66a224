package org.hasila.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.hasila.kernel.Names;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;
import org.hasila.timeline.Timeline.Comparison;
import org.hasila.timeline.Timeline.Flag;
import org.hasila.timeline.Timeline.Latest;
import org.hasila.timeline.Timeline.Point;
import org.hasila.timeline.Timeline.Series;

/**
 * Turns the published claims of one conflict, category and subject side into the series a comparison timeline
 * draws (product.md, "What a comparison timeline shows"). Pure: no HTTP, no database.
 */
public final class TimelineComputation {

    /** On one day, a figure stated "on or before" it comes before an approximate one, which comes before an exact one. */
    private static final Comparator<Entry> DRAWING_ORDER = Comparator.comparing(Entry::end)
            .thenComparing(entry -> switch (entry.precision()) {
                case ON_OR_BEFORE -> 0;
                case APPROXIMATE -> 1;
                case EXACT -> 2;
            })
            .thenComparing(entry -> entry.counting() == Counting.CUMULATIVE ? 0 : 1)
            .thenComparing(Entry::statedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.claims().get(0));

    private TimelineComputation() {
    }

    /**
     * @param claims published claims of one conflict, category and subject side
     * @param item the item to draw, or null for the whole category
     * @param asOf the day of the comparison, or null for the last day with data
     */
    public static Timeline compute(List<TimelineClaim> claims, String item, LocalDate asOf) {
        String itemKey = item == null || item.isBlank() ? null : Names.key(item);
        List<TimelineClaim> selected = claims.stream()
                .filter(c -> itemKey == null || c.item() != null && Names.key(c.item()).equals(itemKey)).toList();
        List<TimelineClaim> retracted = selected.stream().filter(c -> c.status() == Status.RETRACTED).toList();
        List<TimelineClaim> unspecified = selected.stream()
                .filter(c -> c.qualifier() == Qualifier.UNSPECIFIED && c.status() != Status.RETRACTED).toList();

        Map<Long, List<TimelineClaim>> byClaimant = selected.stream().filter(TimelineClaim::drawable)
                .collect(Collectors.groupingBy(TimelineClaim::claimantId, LinkedHashMap::new, Collectors.toList()));
        List<Series> series = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        for (List<TimelineClaim> own : byClaimant.values()) {
            List<Entry> entries = itemKey == null ? wholeCategory(own) : own.stream().map(Entry::of).toList();
            series.add(series(own.get(0), entries, flags));
        }
        series.sort(Comparator.comparing(Series::claimant));
        return new Timeline(series, unspecified, retracted, flags, compare(series, asOf));
    }

    /**
     * A claimant's figure for a period is its whole-category claim where it made one, otherwise the sum of its
     * per-item claims for that period.
     */
    private static List<Entry> wholeCategory(List<TimelineClaim> claims) {
        Map<List<Object>, List<TimelineClaim>> byPeriod = claims.stream().collect(Collectors.groupingBy(
                c -> List.of(c.counting(), Objects.toString(c.periodStart()), c.periodEnd(), c.precision()),
                LinkedHashMap::new, Collectors.toList()));
        List<Entry> entries = new ArrayList<>();
        for (List<TimelineClaim> period : byPeriod.values()) {
            List<TimelineClaim> whole = period.stream().filter(c -> c.item() == null).toList();
            if (!whole.isEmpty()) {
                whole.forEach(c -> entries.add(Entry.of(c)));
            } else {
                TimelineClaim first = period.get(0);
                Figure sum = period.stream().map(TimelineClaim::figure).reduce(Figure::plus).orElseThrow();
                entries.add(new Entry(first.counting(), first.periodStart(), first.periodEnd(), first.precision(),
                        first.statedOn(), sum, true, period.stream().map(TimelineClaim::id).toList(),
                        period.stream().map(TimelineClaim::status).toList()));
            }
        }
        return entries;
    }

    /**
     * Cumulative figures stand as stated; increments add up from the start of the conflict, and after a cumulative
     * figure they add to it. Increments up to the day of the last cumulative figure are already in it.
     */
    private static Series series(TimelineClaim claimant, List<Entry> unordered, List<Flag> flags) {
        List<Entry> entries = unordered.stream().sorted(DRAWING_ORDER).toList();
        List<Point> points = new ArrayList<>();
        Figure running = null;
        LocalDate lastCumulative = null;
        for (Entry entry : entries) {
            if (entry.counting() == Counting.CUMULATIVE) {
                points.add(new Point(entry.end(), entry.figure(), entry.precision(), false, entry.ofItems(),
                        entry.claims(), Timeline.statusOf(entry.statuses())));
                running = entry.figure();
                lastCumulative = entry.end();
            } else if (lastCumulative == null || entry.end().isAfter(lastCumulative)) {
                running = running == null ? entry.figure() : running.plus(entry.figure());
                Point previous = points.isEmpty() ? null : points.get(points.size() - 1);
                List<Long> from = new ArrayList<>(entry.claims());
                List<Status> statuses = new ArrayList<>(entry.statuses());
                boolean ofItems = entry.ofItems();
                if (previous != null && previous.summed() && previous.asOf().equals(entry.end())) {
                    // Several increments ending the same day make one point: the running sum that evening.
                    points.remove(points.size() - 1);
                    from.addAll(0, previous.claims());
                    statuses.add(previous.status());
                    ofItems |= previous.ofItems();
                }
                points.add(new Point(entry.end(), running, entry.precision(), true, ofItems, List.copyOf(from),
                        Timeline.statusOf(statuses)));
            }
        }
        boolean onlyIncrements = entries.stream().allMatch(e -> e.counting() == Counting.INCREMENTAL);
        boolean ofItems = entries.stream().anyMatch(Entry::ofItems);
        flagInconsistencies(claimant.claimant(), entries, points, flags);
        return new Series(claimant.claimantId(), claimant.claimant(), claimant.claimantParty(), onlyIncrements, ofItems,
                List.copyOf(points));
    }

    private static void flagInconsistencies(String claimant, List<Entry> entries, List<Point> points,
            List<Flag> flags) {
        Map<LocalDate, List<Entry>> sameDay = entries.stream()
                .filter(e -> e.counting() == Counting.CUMULATIVE && e.precision() != AsOfPrecision.ON_OR_BEFORE)
                .collect(Collectors.groupingBy(Entry::end, LinkedHashMap::new, Collectors.toList()));
        sameDay.forEach((day, stated) -> {
            if (stated.stream().map(Entry::figure).distinct().count() > 1) {
                flags.add(new Flag(Flag.Kind.SAME_DAY_CONTRADICTION, claimant, day, ids(stated)));
            }
        });
        for (int i = 1; i < points.size(); i++) {
            Point before = points.get(i - 1);
            Point after = points.get(i);
            boolean contradiction = before.asOf().equals(after.asOf()) && sameDay.containsKey(after.asOf());
            if (after.figure().isBelow(before.figure()) && !contradiction) {
                List<Long> both = new ArrayList<>(before.claims());
                both.addAll(after.claims());
                flags.add(new Flag(Flag.Kind.RUNNING_TOTAL_DECREASES, claimant, after.asOf(), both));
            }
        }
        List<Entry> increments = entries.stream().filter(e -> e.counting() == Counting.INCREMENTAL).toList();
        for (int i = 0; i < increments.size(); i++) {
            for (int j = i + 1; j < increments.size(); j++) {
                Entry a = increments.get(i);
                Entry b = increments.get(j);
                if (starts(a).isBefore(b.end()) && starts(b).isBefore(a.end())) {
                    flags.add(new Flag(Flag.Kind.OVERLAPPING_INCREMENTS, claimant, b.end(), ids(List.of(a, b))));
                }
            }
        }
    }

    /** An increment with no start counts from the start of the conflict. */
    private static LocalDate starts(Entry entry) {
        return entry.start() == null ? LocalDate.MIN : entry.start();
    }

    private static List<Long> ids(List<Entry> entries) {
        return entries.stream().flatMap(e -> e.claims().stream()).toList();
    }

    private static Comparison compare(List<Series> series, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf
                : series.stream().flatMap(s -> s.points().stream()).map(Point::asOf)
                        .max(Comparator.naturalOrder()).orElse(null);
        if (day == null) {
            return new Comparison(null, List.of(), null, null);
        }
        List<Latest> latest = new ArrayList<>();
        for (Series s : series) {
            s.latest(day).ifPresent(point -> latest.add(new Latest(s, point)));
        }
        if (latest.size() < 2) {
            return new Comparison(day, latest, null, null);
        }
        Latest high = latest.stream().max(Comparator.comparingDouble(l -> l.point().figure().central())).orElseThrow();
        Latest low = latest.stream().min(Comparator.comparingDouble(l -> l.point().figure().central())).orElseThrow();
        double highValue = high.point().figure().central();
        double lowValue = low.point().figure().central();
        Double ratio = lowValue > 0 ? highValue / lowValue : null;
        return new Comparison(day, latest, ratio, Math.round(highValue - lowValue));
    }

    /** One figure of a claimant, from one claim or from the sum of its per-item claims for one period. */
    private record Entry(Counting counting, LocalDate start, LocalDate end, AsOfPrecision precision,
            LocalDate statedOn, Figure figure, boolean ofItems, List<Long> claims, List<Status> statuses) {

        static Entry of(TimelineClaim claim) {
            return new Entry(claim.counting(), claim.periodStart(), claim.periodEnd(), claim.precision(),
                    claim.statedOn(), claim.figure(), false, List.of(claim.id()), List.of(claim.status()));
        }
    }
}
