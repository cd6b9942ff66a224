package org.hasila.register.claim;

import java.util.Locale;

/**
 * How a figure is written wherever it stands as a number (charts, tables, previews, lists): Western digits grouped
 * by thousands in every language (docs/languages.md), its qualifier as a sign: "1,669", "≥ 47", "≤ 10", "≈ 300",
 * "10–20"; nothing for an unspecified figure. Sentences word figures through the message bundles instead.
 */
public final class Figures {

    private Figures() {
    }

    /** "1,669"; empty for no value. */
    public static String grouped(Long value) {
        return value == null ? "" : String.format(Locale.ROOT, "%,d", value);
    }

    /** The figure of a claim or a row: {@code value} for one-number qualifiers, min and max for a range. */
    public static String written(Qualifier qualifier, Long value, Long min, Long max) {
        return switch (qualifier) {
            case EXACT -> grouped(value);
            case AT_LEAST -> "≥ " + grouped(value);
            case AT_MOST -> "≤ " + grouped(value);
            case ABOUT -> "≈ " + grouped(value);
            case RANGE -> grouped(min) + "–" + grouped(max);
            case UNSPECIFIED -> "";
        };
    }
}
