package org.hasila.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateExtension;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Status;
import org.hasila.web.Languages;
import org.hasila.web.TimelineMessages;

/** What a comparison timeline draws and says: one conflict, category, subject side and optionally item. */
public record Timeline(List<Series> series, List<TimelineClaim> unspecified, List<TimelineClaim> retracted,
        List<Flag> flags, Comparison comparison) {

    /** One claimant's figures over time. */
    public record Series(long claimantId, String claimant, String party, boolean sumOfIncrements,
            boolean sumOfItems, List<Point> points) {

        /** The last point as of the given day, if the claimant had said anything by then. */
        public Optional<Point> latest(LocalDate asOf) {
            Point latest = null;
            for (Point point : points) {
                if (!point.asOf().isAfter(asOf)) {
                    latest = point;
                }
            }
            return Optional.ofNullable(latest);
        }
    }

    /**
     * A figure as of a day. {@code summed} when it is a running sum of increments (drawn dashed), {@code ofItems}
     * when it adds up per-item claims; {@code claims} are the ids of the claims it comes from, {@code status} the
     * editors' judgement of them ({@link #statusOf}).
     */
    public record Point(LocalDate asOf, Figure figure, AsOfPrecision precision, boolean summed, boolean ofItems,
            List<Long> claims, Status status) {

        public boolean disputed() {
            return status == Status.DISPUTED;
        }

        public boolean corroborated() {
            return status == Status.CORROBORATED;
        }
    }

    /**
     * The status of a figure made of several claims (a sum of items or of increments): disputed when any of them is,
     * corroborated only when all of them are, reported otherwise. A figure is never surer than its least sure part.
     */
    public static Status statusOf(List<Status> statuses) {
        if (statuses.contains(Status.DISPUTED)) {
            return Status.DISPUTED;
        }
        return !statuses.isEmpty() && statuses.stream().allMatch(s -> s == Status.CORROBORATED) ? Status.CORROBORATED
                : Status.REPORTED;
    }

    /** An inconsistency in what one claimant said. */
    public record Flag(Kind kind, String claimant, LocalDate date, List<Long> claims) {

        public enum Kind {
            /** A running total lower than the one before it. */
            RUNNING_TOTAL_DECREASES,
            /** Two different figures for the same day. */
            SAME_DAY_CONTRADICTION,
            /** Increments whose periods overlap, so that their sum counts some losses twice. */
            OVERLAPPING_INCREMENTS
        }

        /** {@code {flag.sentence(flag.date.readable)}} in templates; a new kind does not compile until it is worded. */
        @TemplateExtension
        static String sentence(Flag flag, String day, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            TimelineMessages words = Languages.forTemplate(TimelineMessages.class, locale);
            return switch (flag.kind()) {
                case RUNNING_TOTAL_DECREASES -> words.flag_running_total_decreases(flag.claimant(), day);
                case SAME_DAY_CONTRADICTION -> words.flag_same_day_contradiction(flag.claimant(), day);
                case OVERLAPPING_INCREMENTS -> words.flag_overlapping_increments(flag.claimant(), day);
            };
        }
    }

    /** Each claimant's latest figure as of one day, and how far apart the highest and lowest are. */
    public record Comparison(LocalDate asOf, List<Latest> latest, Double ratio, Long difference) {
    }

    public record Latest(Series series, Point point) {
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }
}
