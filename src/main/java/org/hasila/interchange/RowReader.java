package org.hasila.interchange;

import static org.hasila.interchange.ClaimsCsv.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.hasila.claim.AsOfPrecision;
import org.hasila.claim.Counting;
import org.hasila.claim.Qualifier;
import org.hasila.web.Slugged;

/**
 * Reads the fields of a claim and its source, from a CSV record or a form, reporting every field that breaks a
 * rule of claims-csv.md: the same rules for a file and for a journalist's form.
 */
public final class RowReader {

    /** The fields of one row or form by CSV column name; null when absent. */
    public interface Fields {
        String get(String column);
    }

    /** A source as a form gives it. */
    public record SourceRow(String outlet, String title, String url, LocalDate publishedOn, String language) {
    }

    /** Larger than any casualty or equipment figure, small enough that no sum of them overflows. */
    static final long LARGEST_FIGURE = 1_000_000_000_000L;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+");
    /** Control characters other than tab, line feed and carriage return. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Set<String> MULTI_LINE = Set.of(SOURCE_TITLE, QUOTE, TRANSLATION, NOTES);

    private final Set<String> categories;
    private final Consumer<ImportProblem> problems;
    private Fields record;
    private long line;
    private boolean failed;
    private boolean withSource;

    public RowReader(Set<String> categories, Consumer<ImportProblem> problems) {
        this.categories = categories;
        this.problems = problems;
    }

    /** A CSV record's fields. */
    static Fields of(CSVRecord record) {
        return column -> record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    /** The row of a claim and its source, or null when any field is wrong (each problem has been reported). */
    ClaimRow read(Fields fields, long startLine) {
        return claim(fields, startLine, true);
    }

    /** A claim's fields from a form, without its source; null when any is wrong. */
    public ClaimRow readClaim(Fields fields) {
        return claim(fields, 0, false);
    }

    /** A source's fields from a form; null when any is wrong. */
    public SourceRow readSource(Fields fields) {
        this.record = fields;
        this.line = 0;
        this.failed = false;
        this.withSource = true;
        SourceRow source = new SourceRow(text(SOURCE_OUTLET, 300), text(SOURCE_TITLE, 1000), url(SOURCE_URL),
                date(SOURCE_PUBLISHED_ON), language(SOURCE_LANGUAGE));
        return failed ? null : source;
    }

    private ClaimRow claim(Fields fields, long startLine, boolean andSource) {
        this.record = fields;
        this.line = startLine;
        this.failed = false;
        this.withSource = andSource;
        Qualifier qualifier = choice(QUALIFIER, Qualifier.class);
        Long value = number(VALUE);
        Long valueMin = number(VALUE_MIN);
        Long valueMax = number(VALUE_MAX);
        checkFigure(qualifier, value, valueMin, valueMax);
        LocalDate periodStart = date(PERIOD_START);
        LocalDate periodEnd = date(PERIOD_END);
        if (periodStart != null && periodEnd != null && periodStart.isAfter(periodEnd)) {
            problem(PERIOD_END, "is " + periodEnd + ", before period_start " + periodStart);
        }
        String category = text(CATEGORY, 40);
        if (category != null && !categories.contains(category)) {
            problem(CATEGORY, "'" + category + "' is not a category; use one of: " + String.join(", ", categories));
        }
        AsOfPrecision precision = choice(AS_OF_PRECISION, AsOfPrecision.class);
        SourceRow source = andSource ? new SourceRow(text(SOURCE_OUTLET, 300), text(SOURCE_TITLE, 1000),
                url(SOURCE_URL), date(SOURCE_PUBLISHED_ON), language(SOURCE_LANGUAGE))
                : new SourceRow(null, null, null, null, null);
        ClaimRow row = new ClaimRow(line, text(CONFLICT, 200), text(CLAIMANT, 200), text(CLAIMANT_SIDE, 200),
                text(SUBJECT_SIDE, 200), text(CAUSED_BY, 200), category, text(ITEM, 200), qualifier, value,
                valueMin, valueMax, choice(COUNTING, Counting.class), periodStart, periodEnd,
                precision == null ? AsOfPrecision.EXACT : precision, date(STATED_ON), source.outlet(),
                source.title(), source.url(), source.publishedOn(), source.language(),
                text(QUOTE, 20000), text(TRANSLATION, 20000), text(NOTES, 10000));
        return failed ? null : row;
    }

    private void checkFigure(Qualifier qualifier, Long value, Long valueMin, Long valueMax) {
        if (qualifier == null) {
            return;
        }
        switch (qualifier) {
            case RANGE -> {
                requireBlank(VALUE, value, "a range has value_min and value_max, not value");
                requirePresent(VALUE_MIN, valueMin, "a range needs value_min");
                requirePresent(VALUE_MAX, valueMax, "a range needs value_max");
                if (valueMin != null && valueMax != null && valueMin > valueMax) {
                    problem(VALUE_MAX, "is " + valueMax + ", less than value_min " + valueMin);
                }
            }
            case UNSPECIFIED -> {
                requireBlank(VALUE, value, "an unspecified claim has no figure");
                requireBlank(VALUE_MIN, valueMin, "an unspecified claim has no figure");
                requireBlank(VALUE_MAX, valueMax, "an unspecified claim has no figure");
            }
            default -> {
                requirePresent(VALUE, value, "qualifier " + qualifier.slug() + " needs a value");
                requireBlank(VALUE_MIN, valueMin, "only a range has value_min");
                requireBlank(VALUE_MAX, valueMax, "only a range has value_max");
            }
        }
    }

    private void requirePresent(String column, Long figure, String reason) {
        if (figure == null && raw(column) == null) {
            problem(column, "is empty: " + reason);
        }
    }

    private void requireBlank(String column, Long figure, String reason) {
        if (figure != null) {
            problem(column, "must be empty: " + reason);
        }
    }

    /** The field stripped of surrounding spaces, null when blank or when the file has no such column. */
    private String raw(String column) {
        String raw = record.get(column);
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        return value.isEmpty() ? null : value;
    }

    private String text(String column, int maxLength) {
        String value = raw(column);
        if (value == null) {
            if (REQUIRED.contains(column) && (withSource || !column.equals(SOURCE_OUTLET))) {
                problem(column, "is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "is " + value.length() + " characters long; at most " + maxLength + " are allowed");
        } else if (CONTROL.matcher(value).find() || !MULTI_LINE.contains(column) && value.matches("(?s).*[\\n\\r\\t].*")) {
            problem(column, "contains a control character or a line break, which is not allowed here");
        }
        return value;
    }

    private <E extends Enum<E> & Slugged> E choice(String column, Class<E> type) {
        String value = text(column, 40);
        if (value == null) {
            return null;
        }
        E constant = Slugged.fromSlug(type, value);
        if (constant == null) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Slugged::slug).collect(Collectors.joining(", "));
            problem(column, "'" + value + "' is not allowed; use one of: " + allowed);
        }
        return constant;
    }

    private Long number(String column) {
        String value = text(column, 40);
        if (value == null) {
            return null;
        }
        String digits = asciiDigits(value);
        if (!PLAIN_NUMBER.matcher(digits).matches() && !GROUPED_NUMBER.matcher(digits).matches()) {
            problem(column, "'" + value + "' is not a whole number (digits, optionally with ',' between thousands)");
            return null;
        }
        String plain = digits.replace(",", "");
        if (plain.length() > 13 || Long.parseLong(plain) > LARGEST_FIGURE) {
            problem(column, "'" + value + "' is larger than any figure Hasila accepts (" + LARGEST_FIGURE + ")");
            return null;
        }
        return Long.parseLong(plain);
    }

    /** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits become ASCII digits. */
    static String asciiDigits(String value) {
        StringBuilder ascii = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                ascii.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                ascii.append((char) ('0' + c - '\u06F0'));
            } else {
                ascii.append(c);
            }
        }
        return ascii.toString();
    }

    private LocalDate date(String column) {
        String value = text(column, 40);
        if (value == null) {
            return null;
        }
        String digits = asciiDigits(value);
        try {
            if (ISO_DATE_SHAPE.matcher(digits).matches()) {
                return LocalDate.parse(digits, ISO_DATE);
            }
            problem(column, "'" + value + "' is not a date written YYYY-MM-DD");
        } catch (DateTimeParseException e) {
            problem(column, "'" + value + "' is not a day of the calendar");
        }
        return null;
    }

    private String url(String column) {
        String value = text(column, 2000);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!List.of("http", "https").contains(scheme) || uri.getHost() == null) {
                problem(column, "'" + value + "' is not an http or https link");
            }
        } catch (URISyntaxException e) {
            problem(column, "'" + value + "' is not a valid link: " + e.getReason());
        }
        return value;
    }

    private String language(String column) {
        String value = text(column, 35);
        if (value == null) {
            return null;
        }
        try {
            new Locale.Builder().setLanguageTag(value);
        } catch (IllformedLocaleException e) {
            problem(column, "'" + value + "' is not a BCP 47 language code such as ar, en or az");
        }
        return value;
    }

    private void problem(String column, String reason) {
        failed = true;
        problems.accept(new ImportProblem(line, column, reason));
    }
}
