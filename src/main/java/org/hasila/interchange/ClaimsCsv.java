package org.hasila.interchange;

import static org.hasila.register.claim.ClaimFields.*;

import java.util.List;

import org.apache.commons.csv.CSVFormat;

/** The columns of claims CSV version 1 (docs/claims-csv.md), in the order the exporter writes them. */
final class ClaimsCsv {

    static final List<String> COLUMNS = List.of(CONFLICT, CLAIMANT, CLAIMANT_SIDE, SUBJECT_SIDE, CAUSED_BY, CATEGORY,
            ITEM, QUALIFIER, VALUE, VALUE_MIN, VALUE_MAX, COUNTING, PERIOD_START, PERIOD_END, AS_OF_PRECISION,
            STATED_ON, SOURCE_OUTLET, SOURCE_TITLE, SOURCE_URL, SOURCE_PUBLISHED_ON, SOURCE_LANGUAGE, QUOTE,
            TRANSLATION, NOTES);

    /** RFC 4180: CRLF line ends, quotes only where needed. Blank lines are kept so line numbers stay true. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    static final String MEDIA_TYPE = "text/csv";

    private ClaimsCsv() {
    }
}
