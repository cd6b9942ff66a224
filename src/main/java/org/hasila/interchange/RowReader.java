package org.hasila.interchange;

import static org.hasila.register.claim.ClaimFields.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVRecord;
import org.hasila.kernel.Problem;
import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.claim.ClaimRules;
import org.hasila.register.claim.TypedClaim;
import org.hasila.register.source.CheckedSource;
import org.hasila.register.source.TypedSource;

/** Reads one row of a claims CSV file: its fields as typed, through the claim rules the desk's forms go through. */
final class RowReader {

    private final ClaimRules rules;
    private final Consumer<Problem> problems;
    private final List<String> translatedInto;

    /**
     * @param problems where the problems of every row go; the caller knows the row's line
     * @param translatedInto the languages of the file's {@code translation@LANG} columns
     */
    RowReader(ClaimRules rules, Consumer<Problem> problems, List<String> translatedInto) {
        this.rules = rules;
        this.problems = problems;
        this.translatedInto = translatedInto;
    }

    /** The row's claim and source, or null when any field breaks a rule (each problem has been reported). */
    ClaimRow read(CSVRecord record, long line) {
        CheckedClaim claim = rules.claim(new TypedClaim(field(record, CONFLICT), field(record, CLAIMANT),
                field(record, CLAIMANT_SIDE), field(record, SUBJECT_SIDE), field(record, CAUSED_BY),
                field(record, CATEGORY), field(record, ITEM), field(record, QUALIFIER), field(record, VALUE),
                field(record, VALUE_MIN), field(record, VALUE_MAX), field(record, COUNTING),
                field(record, PERIOD_START), field(record, PERIOD_END), field(record, AS_OF_PRECISION),
                field(record, STATED_ON), field(record, QUOTE), field(record, TRANSLATION), field(record, NOTES),
                translations(record)), problems);
        CheckedSource source = rules.source(new TypedSource(field(record, SOURCE_OUTLET),
                field(record, SOURCE_TITLE), field(record, SOURCE_URL), field(record, SOURCE_PUBLISHED_ON),
                field(record, SOURCE_LANGUAGE)), problems);
        return claim == null || source == null ? null : new ClaimRow(line, claim, source);
    }

    private Map<String, String> translations(CSVRecord record) {
        Map<String, String> translations = new TreeMap<>();
        translatedInto.forEach(language -> translations.put(language, field(record, translationInto(language))));
        return translations;
    }

    /** Null when the file has no such column. */
    private static String field(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }
}
