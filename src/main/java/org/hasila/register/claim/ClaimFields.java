package org.hasila.register.claim;

import java.util.Set;

import org.hasila.register.source.ClaimSource;

/**
 * The names of a claim's fields and of its source's: the columns of claims CSV (docs/claims-csv.md), which the
 * desk's forms use as field names too, so that a problem's field is the same for a file and for a form.
 */
public final class ClaimFields {

    public static final String CONFLICT = "conflict";
    public static final String CLAIMANT = "claimant";
    public static final String CLAIMANT_SIDE = "claimant_side";
    public static final String SUBJECT_SIDE = "subject_side";
    public static final String CAUSED_BY = "caused_by";
    public static final String CATEGORY = "category";
    public static final String ITEM = "item";
    public static final String QUALIFIER = "qualifier";
    public static final String VALUE = "value";
    public static final String VALUE_MIN = "value_min";
    public static final String VALUE_MAX = "value_max";
    public static final String COUNTING = "counting";
    public static final String PERIOD_START = "period_start";
    public static final String PERIOD_END = "period_end";
    public static final String AS_OF_PRECISION = "as_of_precision";
    public static final String STATED_ON = "stated_on";
    public static final String SOURCE_OUTLET = "source_outlet";
    public static final String SOURCE_TITLE = "source_title";
    public static final String SOURCE_URL = "source_url";
    public static final String SOURCE_PUBLISHED_ON = "source_published_on";
    public static final String SOURCE_LANGUAGE = "source_language";
    public static final String SOURCE_ARCHIVE_URL = "source_archive_url";
    public static final String SOURCE_CAPTURED_TEXT = "source_captured_text";
    public static final String QUOTE = "quote";
    public static final String TRANSLATION = "translation";
    public static final String NOTES = "notes";
    /** How the columns of a quote's translations into the site's languages other than English begin. */
    public static final String TRANSLATION_INTO = TRANSLATION + "@";

    /** The fields a claim and its source cannot do without. */
    public static final Set<String> REQUIRED = Set.of(CONFLICT, CLAIMANT, SUBJECT_SIDE, CATEGORY, QUALIFIER, COUNTING,
            PERIOD_END, SOURCE_OUTLET);

    /** The column of a quote's translation into a language: {@code translation} for English, else {@code translation@ar}. */
    public static String translationInto(String language) {
        return ClaimSource.ENGLISH.equals(language) ? TRANSLATION : inLanguage(TRANSLATION, language);
    }

    /** The fields whose names are given in other languages too, as {@code conflict@ar}: {@link #inLanguage}. */
    public static final java.util.List<String> NAMES = java.util.List.of(CONFLICT, CLAIMANT, CLAIMANT_SIDE,
            SUBJECT_SIDE, CAUSED_BY, ITEM, SOURCE_OUTLET);

    /** Between a field and a language: {@code conflict@ar}. */
    public static final String IN_LANGUAGE = "@";

    /** The field of a name's form in a language: {@code conflict@ar}. */
    public static String inLanguage(String field, String language) {
        return field + IN_LANGUAGE + language;
    }

    private ClaimFields() {
    }
}
