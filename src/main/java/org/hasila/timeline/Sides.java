package org.hasila.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.TemplateExtension;
import org.hasila.kernel.Dates;
import org.hasila.kernel.Names;
import org.hasila.register.claim.Figures;
import org.hasila.timeline.Timeline.Latest;
import org.hasila.web.Languages;
import org.hasila.web.TimelineMessages;

/**
 * The comparison a journalist would print: as of one day, what each other side claims against what the subject side
 * itself reports, each figure with its date, and independent monitors set apart (docs/timelines.md). Pure.
 *
 * @param own the subject side's own latest figure, if it reported one by then
 * @param others one figure for each other side, ordered by its name
 * @param monitors independent claimants' latest figures, ordered by name
 */
public record Sides(LocalDate asOf, String subject, Claimed own, List<Claimed> others, List<Claimed> monitors) {

    /**
     * A claimant's latest figure as of the comparison day; {@code older} when its day is before the comparison's,
     * and how it compares with the side's own figure ({@code ratio} none when there is no own figure or it is zero).
     */
    public record Claimed(Latest latest, boolean older, Double ratio, Long difference) {

        public String claimant() {
            return latest.series().claimant();
        }

        public String party() {
            return latest.series().party();
        }

        /** "2.6" when this figure is 2.6 times the side's own. */
        public String ratioText() {
            return ratio == null ? null : String.format(Locale.ROOT, "%.1f", ratio);
        }
    }

    /** A ratio this close to one says nothing a difference does not say better. */
    private static final double TIMES_FROM = 1.1;

    /**
     * A side's figure is the latest of its claimants' latest figures (on one day, the higher): what the side said
     * last by the comparison day. The subject side's is its own; claimants of no side are monitors.
     */
    static Sides of(Timeline.Comparison comparison, String subject) {
        if (comparison.asOf() == null) {
            return new Sides(null, subject, null, List.of(), List.of());
        }
        Map<String, List<Latest>> byParty = new LinkedHashMap<>();
        List<Latest> monitors = new ArrayList<>();
        for (Latest latest : comparison.latest()) {
            String party = latest.series().party();
            if (party == null) {
                monitors.add(latest);
            } else {
                byParty.computeIfAbsent(Names.key(party), key -> new ArrayList<>()).add(latest);
            }
        }
        Latest own = Optional.ofNullable(byParty.remove(Names.key(subject))).map(Sides::lastSaid).orElse(null);
        Claimed ownClaimed = own == null ? null : claimed(own, null, comparison.asOf());
        List<Claimed> others = byParty.values().stream().map(Sides::lastSaid)
                .sorted(Comparator.comparing(l -> l.series().party()))
                .map(l -> claimed(l, own, comparison.asOf())).toList();
        return new Sides(comparison.asOf(), subject, ownClaimed, others,
                monitors.stream().map(l -> claimed(l, own, comparison.asOf())).toList());
    }

    private static Latest lastSaid(List<Latest> latest) {
        return latest.stream().max(Comparator.comparing((Latest l) -> l.point().asOf())
                .thenComparingDouble(l -> l.point().figure().central())).orElseThrow();
    }

    private static Claimed claimed(Latest latest, Latest own, LocalDate asOf) {
        boolean older = latest.point().asOf().isBefore(asOf);
        if (own == null) {
            return new Claimed(latest, older, null, null);
        }
        double value = latest.point().figure().central();
        double ownValue = own.point().figure().central();
        return new Claimed(latest, older, ownValue > 0 ? value / ownValue : null, Math.round(value - ownValue));
    }

    public boolean isEmpty() {
        return own == null && others.isEmpty() && monitors.isEmpty();
    }

    /**
     * {@code {sides.against(claimed)}} in templates: "Ministry of Defence of Armenia (Armenia) claimed 7,290 by
     * 5 November 2020; Azerbaijan itself reported 2,783 on 3 December 2020: 2.6 times as many."
     */
    @TemplateExtension
    static String against(Sides sides, Claimed other, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        TimelineMessages words = Languages.forTemplate(TimelineMessages.class, locale);
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        String figure = Figure.inWords(other.latest().point().figure(), locale);
        String day = Dates.readable(other.latest().point().asOf(), language);
        if (sides.own() == null) {
            return words.versus_no_own(other.claimant(), other.party(), figure, day, other.older(),
                    other.latest().point().disputed(), sides.subject(), Dates.readable(sides.asOf(), language));
        }
        Timeline.Point own = sides.own().latest().point();
        return words.versus(other.claimant(), other.party(), figure, day, other.older(), other.latest().point().disputed(),
                sides.subject(), Figure.inWords(own.figure(), locale), Dates.readable(own.asOf(), language),
                own.disputed(), gap(other, words));
    }

    /** {@code {sides.ownSentence}}: "Azerbaijan itself reported 2,783 on 3 December 2020." */
    @TemplateExtension
    static String ownSentence(Sides sides, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        TimelineMessages words = Languages.forTemplate(TimelineMessages.class, locale);
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        Timeline.Point own = sides.own().latest().point();
        return words.own_reported(sides.subject(), Figure.inWords(own.figure(), locale),
                Dates.readable(own.asOf(), language), sides.own().older(), own.disputed());
    }

    /** {@code {sides.monitor(claimed)}}: "Oryx, independent, counted at least 120 by 3 December 2020." */
    @TemplateExtension
    static String monitor(Sides sides, Claimed monitor, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        TimelineMessages words = Languages.forTemplate(TimelineMessages.class, locale);
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        return words.monitor_reported(monitor.claimant(), Figure.inWords(monitor.latest().point().figure(), locale),
                Dates.readable(monitor.latest().point().asOf(), language), monitor.older(),
                monitor.latest().point().disputed());
    }

    private static String gap(Claimed other, TimelineMessages words) {
        if (other.ratio() != null && other.ratio() >= TIMES_FROM) {
            return words.gap_times(other.ratioText());
        }
        long difference = other.difference();
        return difference > 0 ? words.gap_more(Figures.grouped(difference))
                : difference < 0 ? words.gap_fewer(Figures.grouped(-difference)) : words.gap_same();
    }
}
