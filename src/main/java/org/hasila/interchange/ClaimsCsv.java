package org.hasila.interchange;

import static org.hasila.register.claim.ClaimFields.*;

import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.hasila.register.claim.ClaimFields;
import org.hasila.register.name.NameKind;

/** The columns of claims CSV version 1 (docs/claims-csv.md), in the order the exporter writes them. */
final class ClaimsCsv {

    static final List<String> COLUMNS = List.of(CONFLICT, CLAIMANT, CLAIMANT_SIDE, SUBJECT_SIDE, CAUSED_BY, CATEGORY,
            ITEM, QUALIFIER, VALUE, VALUE_MIN, VALUE_MAX, COUNTING, PERIOD_START, PERIOD_END, AS_OF_PRECISION,
            STATED_ON, SOURCE_OUTLET, SOURCE_TITLE, SOURCE_URL, SOURCE_PUBLISHED_ON, SOURCE_LANGUAGE, QUOTE,
            TRANSLATION, NOTES);

    /**
     * The columns of a source's evidence, optional: a file without them imports as before, and an export has them,
     * right after {@code source_language}, when some source it cites has an archived copy or a captured text.
     */
    static final List<String> EVIDENCE = List.of(SOURCE_ARCHIVE_URL, SOURCE_CAPTURED_TEXT);

    /** Whether a header may name the column as it is, in no other language. */
    static boolean known(String column) {
        return COLUMNS.contains(column) || EVIDENCE.contains(column);
    }

    /** The header or row with the evidence's columns or cells in their place. */
    static <T> void addEvidence(List<T> row, List<? extends T> evidence) {
        row.addAll(COLUMNS.indexOf(SOURCE_LANGUAGE) + 1, evidence);
    }

    /** What the name in each column of {@link ClaimFields#NAMES} names, whose translations it shares. */
    static final Map<String, NameKind> NAME_KINDS = Map.of(CONFLICT, NameKind.CONFLICT, CLAIMANT, NameKind.CLAIMANT,
            CLAIMANT_SIDE, NameKind.PARTY, SUBJECT_SIDE, NameKind.PARTY, CAUSED_BY, NameKind.PARTY, ITEM,
            NameKind.ITEM, SOURCE_OUTLET, NameKind.OUTLET);

    /** The columns a file may also give in other languages, as {@code column@language}, in the order written. */
    static final List<String> IN_LANGUAGES = ClaimFields.NAMES;

    /** RFC 4180: CRLF line ends, quotes only where needed. Blank lines are kept so line numbers stay true. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;

    static final String MEDIA_TYPE = "text/csv";

    /** A column in a language, {@code conflict@ar}: its base column and the language. */
    record InLanguage(String column, String language) {

        /** Null for a header without {@code @}. */
        static InLanguage of(String header) {
            int at = header.lastIndexOf(ClaimFields.IN_LANGUAGE);
            return at < 0 ? null : new InLanguage(header.substring(0, at), header.substring(at + 1));
        }

        String header() {
            return ClaimFields.inLanguage(column, language);
        }
    }

    private ClaimsCsv() {
    }
}
