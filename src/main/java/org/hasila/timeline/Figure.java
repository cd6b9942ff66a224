package org.hasila.timeline;

import io.quarkus.qute.TemplateExtension;
import org.hasila.register.claim.Figures;
import org.hasila.register.claim.Qualifier;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/**
 * A figure as the interval of values it allows: exact N is [N, N], at least N is [N, ∞), up to N is [0, N],
 * about N is [N, N] marked approximate, a range is [min, max]. Sums add the intervals, so a running sum
 * carries its qualifiers: anything plus "at least" is "at least", a range plus an exact figure is a range,
 * "about" makes the sum approximate (docs/timelines.md).
 */
public record Figure(long min, Long max, boolean approximate, boolean upTo) {

    public static Figure of(Qualifier qualifier, Long value, Long valueMin, Long valueMax) {
        return switch (qualifier) {
            case EXACT -> new Figure(value, value, false, false);
            case ABOUT -> new Figure(value, value, true, false);
            case AT_LEAST -> new Figure(value, null, false, false);
            case AT_MOST -> new Figure(0, value, false, true);
            case RANGE -> new Figure(valueMin, valueMax, false, false);
            case UNSPECIFIED -> throw new IllegalArgumentException("an unspecified claim has no figure");
        };
    }

    public Figure plus(Figure other) {
        Long sumMax = max == null || other.max == null ? null : max + other.max;
        return new Figure(min + other.min, sumMax, approximate || other.approximate, upTo && other.upTo);
    }

    public Qualifier qualifier() {
        if (max == null) {
            return Qualifier.AT_LEAST;
        }
        if (upTo) {
            return Qualifier.AT_MOST;
        }
        if (min == max) {
            return approximate ? Qualifier.ABOUT : Qualifier.EXACT;
        }
        return Qualifier.RANGE;
    }

    /** The figure as the chart labels it: "≥ 47", "10–20" (one way of writing figures: {@link Figures}). */
    public String written() {
        Qualifier qualifier = qualifier();
        return Figures.written(qualifier, qualifier == Qualifier.AT_MOST ? max : Long.valueOf(min), min, max);
    }

    /** {@code {figure.inWords}} in templates: the figure worded in the page's language, as tables and lists show it. */
    @TemplateExtension
    static String inWords(Figure figure, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Qualifier qualifier = figure.qualifier();
        return Figures.inWords(qualifier, qualifier == Qualifier.AT_MOST ? figure.max : Long.valueOf(figure.min),
                figure.min, figure.max, Languages.forTemplate(ClaimMessages.class, locale));
    }

    /** The value the line passes through: the figure, the bound of an open figure, the middle of a range. */
    public double central() {
        return switch (qualifier()) {
            case AT_MOST -> max;
            case RANGE -> (min + max) / 2.0;
            default -> min;
        };
    }

    /** The highest value the figure allows, or its lower bound when it has no upper one. */
    public long top() {
        return max == null ? min : max;
    }

    /** Certainly lower than {@code other}: even its highest value is below the other's lowest. */
    public boolean isBelow(Figure other) {
        return max != null && max < other.min;
    }
}
