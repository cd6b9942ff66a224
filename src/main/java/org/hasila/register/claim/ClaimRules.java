package org.hasila.register.claim;

import static org.hasila.kernel.Problem.Code.*;
import static org.hasila.register.claim.ClaimFields.*;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.util.ULocale;
import org.hasila.kernel.Names;
import org.hasila.kernel.Problem;
import org.hasila.kernel.Slugged;
import org.hasila.register.source.CheckedSource;
import org.hasila.register.source.TypedSource;

/**
 * The one set of rules for a claim's fields and its source's (docs/claims-csv.md), which the desk's forms and the
 * importer's rows both go through: every field as typed is checked and converted, and every rule it breaks is
 * reported as a {@link Problem}, a code and a field, never worded here.
 */
public final class ClaimRules {

    /** Larger than any casualty or equipment figure, small enough that no sum of them overflows. */
    static final long LARGEST_FIGURE = 1_000_000_000_000L;

    private static final int NAME = 200;
    private static final int OUTLET = 300;
    private static final int TITLE = 1_000;
    private static final int LINK = 2_000;
    private static final int WORDS = 20_000;
    /** A long article's text, whole. */
    private static final int CAPTURED_TEXT = 100_000;
    private static final int NOTES_LENGTH = 10_000;
    /** Choices, figures and dates: anything longer is not one. */
    private static final int SHORT = 40;
    private static final int LANGUAGE_TAG = 35;

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+");
    /** Control characters other than tab, line feed and carriage return. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    private static final Pattern LINE_BREAK_OR_TAB = Pattern.compile("[\\n\\r\\t]");
    private static final Set<String> MULTI_LINE = Set.of(SOURCE_TITLE, SOURCE_CAPTURED_TEXT, QUOTE, TRANSLATION,
            NOTES);
    private static final Pattern CRLF_OR_CR = Pattern.compile("\r\n?");

    private final Set<String> categories;

    /** @param categories the slugs of the categories known, in the order a problem lists them */
    public ClaimRules(Set<String> categories) {
        this.categories = categories;
    }

    /** The claim as it will be stored, or null when any field breaks a rule; each problem is reported. */
    public CheckedClaim claim(TypedClaim typed, Consumer<Problem> problems) {
        Check check = new Check(problems);
        Qualifier qualifier = check.choice(QUALIFIER, typed.qualifier(), Qualifier.class);
        Long value = check.number(VALUE, typed.value());
        Long valueMin = check.number(VALUE_MIN, typed.valueMin());
        Long valueMax = check.number(VALUE_MAX, typed.valueMax());
        check.figure(qualifier, typed, value, valueMin, valueMax);
        LocalDate periodStart = check.date(PERIOD_START, typed.periodStart());
        LocalDate periodEnd = check.date(PERIOD_END, typed.periodEnd());
        if (periodStart != null && periodEnd != null && periodStart.isAfter(periodEnd)) {
            check.problem(ENDS_BEFORE_START, PERIOD_END, periodEnd.toString(), periodStart.toString());
        }
        String category = check.text(CATEGORY, typed.category(), SHORT);
        if (category != null && !categories.contains(category)) {
            check.problem(NOT_A_CATEGORY, CATEGORY, category, String.join(", ", categories));
        }
        AsOfPrecision precision = check.choice(AS_OF_PRECISION, typed.asOfPrecision(), AsOfPrecision.class);
        CheckedClaim claim = new CheckedClaim(check.name(CONFLICT, typed.conflict()),
                check.name(CLAIMANT, typed.claimant()), check.name(CLAIMANT_SIDE, typed.claimantSide()),
                check.name(SUBJECT_SIDE, typed.subjectSide()), check.name(CAUSED_BY, typed.causedBy()),
                category, check.name(ITEM, typed.item()), qualifier, value, valueMin, valueMax,
                check.choice(COUNTING, typed.counting(), Counting.class), periodStart, periodEnd,
                precision == null ? AsOfPrecision.EXACT : precision, check.date(STATED_ON, typed.statedOn()),
                check.text(QUOTE, typed.quote(), WORDS), check.text(TRANSLATION, typed.translation(), WORDS),
                check.text(NOTES, typed.notes(), NOTES_LENGTH), check.translations(typed.translations()));
        return check.failed ? null : claim;
    }

    /** The source as it will be stored, or null when any field breaks a rule; each problem is reported. */
    public CheckedSource source(TypedSource typed, Consumer<Problem> problems) {
        Check check = new Check(problems);
        CheckedSource source = new CheckedSource(check.text(SOURCE_OUTLET, typed.outlet(), OUTLET),
                check.text(SOURCE_TITLE, typed.title(), TITLE), check.link(SOURCE_URL, typed.url()),
                check.date(SOURCE_PUBLISHED_ON, typed.publishedOn()), check.language(SOURCE_LANGUAGE, typed.language()),
                check.link(SOURCE_ARCHIVE_URL, typed.archiveUrl()), check.capturedText(typed.capturedText()));
        return check.failed ? null : source;
    }

    /** A claim's words in one more source, its quote or translation, checked as a claim's are. */
    public String words(String field, String typed, Consumer<Problem> problems) {
        return new Check(problems).text(field, typed, WORDS);
    }

    /** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits become ASCII digits. */
    private static String asciiDigits(String value) {
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

    /** The field stripped of surrounding spaces; null when nothing but spaces was typed. */
    private static String stripped(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * A name's form in another language, such as the column {@code conflict@ar} or a form's field: written and
     * checked as every name is, in every language; null when empty or when it breaks a rule (reported).
     */
    public String nameInLanguage(String field, String typed, Consumer<Problem> problems) {
        Check check = new Check(problems);
        String value = check.name(field, typed, field.startsWith(SOURCE_OUTLET) ? OUTLET : NAME);
        return check.failed ? null : value;
    }

    /** One claim or source being checked: where its problems go, and whether there was any. */
    private static final class Check {

        private final Consumer<Problem> problems;
        private boolean failed;

        Check(Consumer<Problem> problems) {
            this.problems = problems;
        }

        void problem(Problem.Code code, String field, String... values) {
            failed = true;
            problems.accept(Problem.of(code, field, values));
        }

        String text(String field, String typed, int maxLength) {
            String value = stripped(typed);
            if (value == null) {
                if (ClaimFields.REQUIRED.contains(field)) {
                    problem(Problem.Code.REQUIRED, field);
                }
                return null;
            }
            if (value.length() > maxLength) {
                problem(TOO_LONG, field, value, String.valueOf(maxLength));
            } else if (CONTROL.matcher(value).find() || !MULTI_LINE.contains(field)
                    && !field.startsWith(TRANSLATION_INTO) && LINE_BREAK_OR_TAB.matcher(value).find()) {
                problem(CONTROL_CHARACTER, field);
            }
            return value;
        }

        /**
         * The text captured from a source, its line ends made LF: browsers send a textarea's lines ending CRLF, files
         * often LF, and the same text must have the same SHA-256 however it came.
         */
        String capturedText(String typed) {
            return text(SOURCE_CAPTURED_TEXT, typed == null ? null : CRLF_OR_CR.matcher(typed).replaceAll("\n"),
                    CAPTURED_TEXT);
        }

        /** The quote's translations, each checked as the English one is, in its own field; an empty one is null. */
        Map<String, String> translations(Map<String, String> typed) {
            Map<String, String> checked = new TreeMap<>();
            typed.forEach((language, words) -> checked.put(language,
                    text(translationInto(language), words, WORDS)));
            return checked;
        }

        /** A name as it is stored (NFKC), with nothing in it that readers cannot see or that turns its direction. */
        String name(String field, String typed) {
            return name(field, typed, NAME);
        }

        String name(String field, String typed, int maxLength) {
            String value = text(field, typed, maxLength);
            if (value == null) {
                return null;
            }
            Names.unseen(value).ifPresent(unseen -> problem(unseen.directionControl() ? DIRECTION_CONTROL
                    : INVISIBLE_CHARACTER, field, unseen.described()));
            return Names.written(value);
        }

        <E extends Enum<E> & Slugged> E choice(String field, String typed, Class<E> type) {
            String value = text(field, typed, SHORT);
            if (value == null) {
                return null;
            }
            E constant = Slugged.fromSlug(type, value);
            if (constant == null) {
                problem(NOT_A_CHOICE, field, value, Arrays.stream(type.getEnumConstants()).map(Slugged::slug)
                        .collect(Collectors.joining(", ")));
            }
            return constant;
        }

        Long number(String field, String typed) {
            String value = text(field, typed, SHORT);
            if (value == null) {
                return null;
            }
            String digits = asciiDigits(value);
            if (!PLAIN_NUMBER.matcher(digits).matches() && !GROUPED_NUMBER.matcher(digits).matches()) {
                problem(NOT_A_NUMBER, field, value);
                return null;
            }
            String plain = digits.replace(",", "");
            if (plain.length() > 13 || Long.parseLong(plain) > LARGEST_FIGURE) {
                problem(TOO_LARGE, field, value, String.valueOf(LARGEST_FIGURE));
                return null;
            }
            return Long.parseLong(plain);
        }

        /** The figure follows the qualifier: one value, a lowest and a highest, or none. */
        void figure(Qualifier qualifier, TypedClaim typed, Long value, Long valueMin, Long valueMax) {
            if (qualifier == null) {
                return;
            }
            switch (qualifier) {
                case RANGE -> {
                    requireBlank(VALUE, value, SINGLE_FIGURE_IN_A_RANGE);
                    requirePresent(VALUE_MIN, typed.valueMin(), RANGE_WITHOUT_LIMIT);
                    requirePresent(VALUE_MAX, typed.valueMax(), RANGE_WITHOUT_LIMIT);
                    if (valueMin != null && valueMax != null && valueMin > valueMax) {
                        problem(HIGHEST_BELOW_LOWEST, VALUE_MAX, valueMax.toString(), valueMin.toString());
                    }
                }
                case UNSPECIFIED -> {
                    requireBlank(VALUE, value, FIGURE_WITHOUT_NUMBER);
                    requireBlank(VALUE_MIN, valueMin, FIGURE_WITHOUT_NUMBER);
                    requireBlank(VALUE_MAX, valueMax, FIGURE_WITHOUT_NUMBER);
                }
                case EXACT, AT_LEAST, AT_MOST, ABOUT -> {
                    requirePresent(VALUE, typed.value(), FIGURE_NEEDED, qualifier.slug());
                    requireBlank(VALUE_MIN, valueMin, LIMIT_OUTSIDE_A_RANGE);
                    requireBlank(VALUE_MAX, valueMax, LIMIT_OUTSIDE_A_RANGE);
                }
            }
        }

        /** A figure that could not be read has been reported already; only an empty field is missing. */
        private void requirePresent(String field, String typed, Problem.Code code, String... values) {
            if (stripped(typed) == null) {
                problem(code, field, values);
            }
        }

        private void requireBlank(String field, Long figure, Problem.Code code) {
            if (figure != null) {
                problem(code, field);
            }
        }

        LocalDate date(String field, String typed) {
            String value = text(field, typed, SHORT);
            if (value == null) {
                return null;
            }
            String digits = asciiDigits(value);
            try {
                if (ISO_DATE_SHAPE.matcher(digits).matches()) {
                    return LocalDate.parse(digits, ISO_DATE);
                }
                problem(NOT_A_DATE, field, value);
            } catch (DateTimeParseException e) {
                problem(NOT_A_CALENDAR_DAY, field, value);
            }
            return null;
        }

        String link(String field, String typed) {
            String value = text(field, typed, LINK);
            if (value == null) {
                return null;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    problem(NOT_A_WEB_LINK, field, value);
                    return value;
                }
                // A scheme is case-insensitive; stored in lower case, its canonical form, as the database takes links
                return scheme + value.substring(scheme.length());
            } catch (URISyntaxException e) {
                problem(NOT_A_LINK, field, value, e.getReason());
                return value;
            }
        }

        /**
         * A BCP 47 tag whose language is one that has a name ("English" is well-formed, as a registered language
         * subtag of 5 to 8 letters, but none has that name); stored in its canonical case ({@code en-GB}).
         */
        String language(String field, String typed) {
            String value = text(field, typed, LANGUAGE_TAG);
            if (value == null) {
                return null;
            }
            try {
                Locale locale = new Locale.Builder().setLanguageTag(value).build();
                if (!knownLanguage(locale.getLanguage())) {
                    problem(NOT_A_LANGUAGE, field, value);
                    return value;
                }
                return locale.toLanguageTag();
            } catch (IllformedLocaleException e) {
                problem(NOT_A_LANGUAGE, field, value);
                return value;
            }
        }
    }

    /** An ISO 639 code of two or three letters that ICU can name: {@code ar}, {@code ckb}; not {@code english}. */
    private static boolean knownLanguage(String code) {
        return code.length() >= 2 && code.length() <= 3
                && !ULocale.getDisplayLanguage(code, ULocale.ENGLISH).equalsIgnoreCase(code);
    }
}
