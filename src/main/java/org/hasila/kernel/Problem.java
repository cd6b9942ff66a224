package org.hasila.kernel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One rule broken by one field: which rule (a code, worded once for each audience), the field (a column of claims
 * CSV, which is also the name of the form field) and the values the wording needs, in the order its code says.
 * Rules report problems; the importer and the pages word them, each in its own way.
 */
public record Problem(Code code, String field, List<String> values) {

    /** What is wrong. The values each code carries are listed with it; a value may be null where it says so. */
    public enum Code {
        /** The field is empty. */
        REQUIRED,
        /** The text is longer than allowed. Values: the text, the most characters allowed. */
        TOO_LONG,
        /** A control character, or a line break in a one-line field. */
        CONTROL_CHARACTER,
        /** Not one of a fixed set of values. Values: the text, the values allowed. */
        NOT_A_CHOICE,
        /** Not a known category. Values: the text, the categories' slugs. */
        NOT_A_CATEGORY,
        /** Not a whole non-negative number. Values: the text. */
        NOT_A_NUMBER,
        /** Larger than any figure accepted. Values: the text, the largest figure. */
        TOO_LARGE,
        /** Not written YYYY-MM-DD. Values: the text. */
        NOT_A_DATE,
        /** Written YYYY-MM-DD, but no day of the calendar. Values: the text. */
        NOT_A_CALENDAR_DAY,
        /** A link, but not http or https with a host. Values: the text. */
        NOT_A_WEB_LINK,
        /** Not a link at all. Values: the text, why not. */
        NOT_A_LINK,
        /** Not a BCP 47 language tag. Values: the text. */
        NOT_A_LANGUAGE,
        /** The period ends before it starts. Values: its end, its start. */
        ENDS_BEFORE_START,
        /** A range has a lowest and a highest figure, not a single one. */
        SINGLE_FIGURE_IN_A_RANGE,
        /** A claim of "a number of" has no figure. */
        FIGURE_WITHOUT_NUMBER,
        /** Only a range has a lowest and a highest figure. */
        LIMIT_OUTSIDE_A_RANGE,
        /** A range lacks its lowest or its highest figure. */
        RANGE_WITHOUT_LIMIT,
        /** The qualifier needs a figure. Values: the qualifier's slug. */
        FIGURE_NEEDED,
        /** The highest figure of a range is below its lowest. Values: the highest, the lowest. */
        HIGHEST_BELOW_LOWEST,
        /**
         * A claimant speaks for one party, or for none: the claim gives a known claimant another side. Values: the
         * claimant, the side it is recorded with (null: independent), the side given (null: none).
         */
        CLAIMANT_SPEAKS_FOR_ANOTHER_SIDE,
        /** A name holds a character readers cannot see. Values: the character ("U+200B ZERO WIDTH SPACE"). */
        INVISIBLE_CHARACTER,
        /** A name holds a bidirectional control. Values: the character ("U+202E RIGHT-TO-LEFT OVERRIDE"). */
        DIRECTION_CONTROL,
        /** A new name looks like one already stored. Values: the new name, the stored one. */
        LOOKS_LIKE_ANOTHER_NAME,
        /** A new name mixes scripts the way lookalikes do (Latin with Cyrillic). Values: the name. */
        MIXED_SCRIPTS
    }

    public static Problem of(Code code, String field, String... values) {
        return new Problem(code, field, Collections.unmodifiableList(Arrays.asList(values.clone())));
    }

    /** The value at {@code index} in the order the code lists them. */
    public String value(int index) {
        return values.get(index);
    }
}
