package org.hasila.interchange;

import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;

/** The columns of claims CSV version 1 (docs/claims-csv.md), in the order the exporter writes them. */
final class ClaimsCsv {

    static final String CONFLICT = "conflict";
    static final String CLAIMANT = "claimant";
    static final String CLAIMANT_SIDE = "claimant_side";
    static final String SUBJECT_SIDE = "subject_side";
    static final String CAUSED_BY = "caused_by";
    static final String CATEGORY = "category";
    static final String ITEM = "item";
    static final String QUALIFIER = "qualifier";
    static final String VALUE = "value";
    static final String VALUE_MIN = "value_min";
    static final String VALUE_MAX = "value_max";
    static final String COUNTING = "counting";
    static final String PERIOD_START = "period_start";
    static final String PERIOD_END = "period_end";
    static final String AS_OF_PRECISION = "as_of_precision";
    static final String STATED_ON = "stated_on";
    static final String SOURCE_OUTLET = "source_outlet";
    static final String SOURCE_TITLE = "source_title";
    static final String SOURCE_URL = "source_url";
    static final String SOURCE_PUBLISHED_ON = "source_published_on";
    static final String SOURCE_LANGUAGE = "source_language";
    static final String QUOTE = "quote";
    static final String TRANSLATION = "translation";
    static final String NOTES = "notes";

    static final List<String> COLUMNS = List.of(CONFLICT, CLAIMANT, CLAIMANT_SIDE, SUBJECT_SIDE, CAUSED_BY, CATEGORY,
            ITEM, QUALIFIER, VALUE, VALUE_MIN, VALUE_MAX, COUNTING, PERIOD_START, PERIOD_END, AS_OF_PRECISION,
            STATED_ON, SOURCE_OUTLET, SOURCE_TITLE, SOURCE_URL, SOURCE_PUBLISHED_ON, SOURCE_LANGUAGE, QUOTE,
            TRANSLATION, NOTES);

    static final Set<String> REQUIRED = Set.of(CONFLICT, CLAIMANT, SUBJECT_SIDE, CATEGORY, QUALIFIER, COUNTING,
            PERIOD_END, SOURCE_OUTLET);

    /** RFC 4180: CRLF line ends, quotes only where needed. Blank lines are kept so line numbers stay true. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    static final String MEDIA_TYPE = "text/csv";

    private ClaimsCsv() {
    }
}
