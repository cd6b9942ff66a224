package org.hasila.interchange;

import static org.hasila.register.claim.ClaimFields.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVRecord;
import org.hasila.interchange.ClaimRow.NameForm;
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
    private final Consumer<ImportProblem> fileProblems;
    /** The header's columns of names in other languages ({@code claimant@ar}). */
    private final List<ClaimsCsv.InLanguage> inLanguages;
    private final List<String> translatedInto;

    /**
     * @param problems where the problems of every row go; the caller knows the row's line
     * @param fileProblems where problems only files can have go
     * @param translatedInto the languages of the file's {@code translation@LANG} columns
     */
    RowReader(ClaimRules rules, Consumer<Problem> problems, Consumer<ImportProblem> fileProblems,
            List<ClaimsCsv.InLanguage> inLanguages, List<String> translatedInto) {
        this.rules = rules;
        this.problems = problems;
        this.fileProblems = fileProblems;
        this.inLanguages = inLanguages;
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
                field(record, SOURCE_LANGUAGE), field(record, SOURCE_ARCHIVE_URL), field(record, SOURCE_CAPTURED_TEXT)),
                problems);
        List<NameForm> forms = forms(record, line, claim, source);
        return claim == null || source == null || forms == null ? null : new ClaimRow(line, claim, source, forms);
    }

    /** The row's names in other languages, each checked as names are; null when any breaks a rule. */
    private List<NameForm> forms(CSVRecord record, long line, CheckedClaim claim, CheckedSource source) {
        List<NameForm> forms = new ArrayList<>();
        boolean failed = false;
        for (ClaimsCsv.InLanguage column : inLanguages) {
            String typed = field(record, column.header());
            if (typed == null || typed.isBlank() || !ClaimsCsv.NAME_KINDS.containsKey(column.column())) {
                continue;
            }
            String form = rules.nameInLanguage(column.header(), typed, problems);
            String name = field(record, column.column());
            if (name == null || name.isBlank()) {
                fileProblems.accept(new ImportProblem(line, column.header(), "gives the " + column.language()
                        + " name of a " + column.column() + " the row does not have; fill " + column.column()
                        + " too, or empty " + column.header()));
                failed = true;
            } else if (form == null) {
                failed = true;
            } else if (claim != null && source != null) {
                forms.add(new NameForm(column.header(), ClaimsCsv.NAME_KINDS.get(column.column()),
                        column.column().equals(SOURCE_OUTLET) ? source.outlet() : named(claim, column.column()),
                        column.language(), form));
            }
        }
        return failed ? null : forms;
    }

    /** The checked name of one of the claim's name columns. */
    private static String named(CheckedClaim claim, String column) {
        return switch (column) {
            case CONFLICT -> claim.conflict();
            case CLAIMANT -> claim.claimant();
            case CLAIMANT_SIDE -> claim.claimantSide();
            case SUBJECT_SIDE -> claim.subjectSide();
            case CAUSED_BY -> claim.causedBy();
            case ITEM -> claim.item();
            default -> throw new IllegalArgumentException(column);
        };
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
