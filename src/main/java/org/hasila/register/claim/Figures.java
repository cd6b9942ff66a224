package org.hasila.register.claim;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/**
 * How a figure is written wherever it stands as a number (charts, tables, previews, lists): Western digits grouped
 * by thousands in every language (docs/languages.md), its qualifier as a sign: "1,669", "≥ 47", "≤ 10", "≈ 300",
 * "10–20"; nothing for an unspecified figure. In sentences a claim's figure is worded in the page's language:
 * "at least 47", "between 20 and 30" ({@code {claim.figureInWords}}).
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

    /** {@code {claim.figureInWords}} in templates; a new qualifier does not compile without its words. */
    @TemplateExtension
    static String figureInWords(Claim claim, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return inWords(claim.qualifier, claim.valueExact, claim.valueMin, claim.valueMax,
                Languages.forTemplate(ClaimMessages.class, locale));
    }

    /** A figure worded in a language: "at least 47", «ما لا يقل عن 47», so that no sign is turned around in Arabic. */
    public static String inWords(Qualifier qualifier, Long value, Long min, Long max, ClaimMessages words) {
        return switch (qualifier) {
            case EXACT -> words.figure_exact(grouped(value));
            case AT_LEAST -> words.figure_at_least(grouped(value));
            case AT_MOST -> words.figure_at_most(grouped(value));
            case ABOUT -> words.figure_about(grouped(value));
            case RANGE -> words.figure_range(grouped(min), grouped(max));
            case UNSPECIFIED -> words.figure_unspecified();
        };
    }
}
