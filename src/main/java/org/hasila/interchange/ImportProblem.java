package org.hasila.interchange;

import org.hasila.kernel.Problem;

/** One thing wrong with an imported file: where (line and column, when known) and why, in plain words. */
public record ImportProblem(long line, String column, String reason) {

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, null, reason);
    }

    /** A rule a row broke, worded for files and the API: in English, the language of the columns it names. */
    static ImportProblem of(long line, Problem problem) {
        return new ImportProblem(line, problem.field(), reason(problem));
    }

    private static String reason(Problem problem) {
        return switch (problem.code()) {
            case REQUIRED -> "is required";
            case TOO_LONG -> "is " + problem.value(0).length() + " characters long; at most " + problem.value(1)
                    + " are allowed";
            case CONTROL_CHARACTER -> "contains a control character or a line break, which is not allowed here";
            case NOT_A_CHOICE -> quoted(problem) + " is not allowed; use one of: " + problem.value(1);
            case NOT_A_CATEGORY -> quoted(problem) + " is not a category; use one of: " + problem.value(1);
            case NOT_A_NUMBER -> quoted(problem)
                    + " is not a whole number (digits, optionally with ',' between thousands)";
            case TOO_LARGE -> quoted(problem) + " is larger than any figure Hasila accepts (" + problem.value(1) + ")";
            case NOT_A_DATE -> quoted(problem) + " is not a date written YYYY-MM-DD";
            case NOT_A_CALENDAR_DAY -> quoted(problem) + " is not a day of the calendar";
            case NOT_A_WEB_LINK -> quoted(problem) + " is not an http or https link";
            case NOT_A_LINK -> quoted(problem) + " is not a valid link: " + problem.value(1);
            case NOT_A_LANGUAGE -> quoted(problem) + " is not a BCP 47 language code such as ar, en or az";
            case ENDS_BEFORE_START -> "is " + problem.value(0) + ", before period_start " + problem.value(1);
            case SINGLE_FIGURE_IN_A_RANGE -> "must be empty: a range has value_min and value_max, not value";
            case FIGURE_WITHOUT_NUMBER -> "must be empty: an unspecified claim has no figure";
            case LIMIT_OUTSIDE_A_RANGE -> "must be empty: only a range has " + problem.field();
            case RANGE_WITHOUT_LIMIT -> "is empty: a range needs " + problem.field();
            case FIGURE_NEEDED -> "is empty: qualifier " + problem.value(0) + " needs a value";
            case HIGHEST_BELOW_LOWEST -> "is " + problem.value(0) + ", less than value_min " + problem.value(1);
            case CLAIMANT_SPEAKS_FOR_ANOTHER_SIDE -> "'" + problem.value(0) + "' is recorded as "
                    + (problem.value(1) == null ? "independent" : "speaking for " + problem.value(1))
                    + (problem.value(2) == null ? ", not as independent" : ", not for " + problem.value(2));
            case INVISIBLE_CHARACTER -> "holds a character readers cannot see (" + problem.value(0)
                    + "); remove it";
            case DIRECTION_CONTROL -> "holds a character that turns the direction of the text (" + problem.value(0)
                    + "); remove it";
            case LOOKS_LIKE_ANOTHER_NAME -> quoted(problem) + " is new but looks like '" + problem.value(1)
                    + "', already stored, written with other characters; write '" + problem.value(1)
                    + "' to use it, or enter a really different name through the desk";
            case MIXED_SCRIPTS -> quoted(problem) + " is new and mixes alphabets (Latin and Cyrillic, say) as "
                    + "lookalike names do; retype it in one alphabet, or enter it through the desk";
        };
    }

    private static String quoted(Problem problem) {
        return "'" + problem.value(0) + "'";
    }
}
