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
import org.hasila.web.RowMessages;
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
    private final RowMessages msg;
    private Fields record;
    private long line;
    private boolean failed;
    private boolean withSource;

    /** @param msg the wording of the problems: English for files and the API, the reader's language for forms */
    public RowReader(Set<String> categories, Consumer<ImportProblem> problems, RowMessages msg) {
        this.categories = categories;
        this.problems = problems;
        this.msg = msg;
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
            problem(PERIOD_END, msg.row_before_start(periodEnd.toString(), periodStart.toString()));
        }
        String category = text(CATEGORY, 40);
        if (category != null && !categories.contains(category)) {
            problem(CATEGORY, msg.row_not_category(category, String.join(", ", categories)));
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
                requireBlank(VALUE, value, msg.row_range_no_value());
                requirePresent(VALUE_MIN, valueMin, msg.row_range_needs(VALUE_MIN));
                requirePresent(VALUE_MAX, valueMax, msg.row_range_needs(VALUE_MAX));
                if (valueMin != null && valueMax != null && valueMin > valueMax) {
                    problem(VALUE_MAX, msg.row_less_than_min(valueMax.toString(), valueMin.toString()));
                }
            }
            case UNSPECIFIED -> {
                requireBlank(VALUE, value, msg.row_no_figure());
                requireBlank(VALUE_MIN, valueMin, msg.row_no_figure());
                requireBlank(VALUE_MAX, valueMax, msg.row_no_figure());
            }
            default -> {
                requirePresent(VALUE, value, msg.row_needs_value(qualifier.slug()));
                requireBlank(VALUE_MIN, valueMin, msg.row_only_range(VALUE_MIN));
                requireBlank(VALUE_MAX, valueMax, msg.row_only_range(VALUE_MAX));
            }
        }
    }

    private void requirePresent(String column, Long figure, String reason) {
        if (figure == null && raw(column) == null) {
            problem(column, reason);
        }
    }

    private void requireBlank(String column, Long figure, String reason) {
        if (figure != null) {
            problem(column, reason);
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
                problem(column, msg.row_required());
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, msg.row_too_long(value.length(), maxLength));
        } else if (CONTROL.matcher(value).find() || !MULTI_LINE.contains(column) && value.matches("(?s).*[\\n\\r\\t].*")) {
            problem(column, msg.row_control());
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
            problem(column, msg.row_not_allowed(value, allowed));
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
            problem(column, msg.row_not_number(value));
            return null;
        }
        String plain = digits.replace(",", "");
        if (plain.length() > 13 || Long.parseLong(plain) > LARGEST_FIGURE) {
            problem(column, msg.row_too_large(value, String.valueOf(LARGEST_FIGURE)));
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
            problem(column, msg.row_not_iso_date(value));
        } catch (DateTimeParseException e) {
            problem(column, msg.row_not_calendar_day(value));
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
                problem(column, msg.row_not_http(value));
            }
        } catch (URISyntaxException e) {
            problem(column, msg.row_bad_link(value, e.getReason()));
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
            problem(column, msg.row_not_language(value));
        }
        return value;
    }

    private void problem(String column, String reason) {
        failed = true;
        problems.accept(new ImportProblem(line, column, reason));
    }
}
