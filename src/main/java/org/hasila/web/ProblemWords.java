package org.hasila.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hasila.kernel.Problem;

/** Problems as a page words them: in the reader's language, with the form's own labels. */
@ApplicationScoped
public class ProblemWords {

    @Inject
    Language language;

    public String of(Problem problem) {
        ProblemMsg msg = language.bundle(ProblemMsg.class);
        return switch (problem.code()) {
            case REQUIRED -> msg.required();
            case TOO_LONG -> msg.too_long(problem.value(0).length(), problem.value(1));
            case CONTROL_CHARACTER -> msg.control_character();
            case NOT_A_CHOICE -> msg.not_a_choice(problem.value(0));
            case NOT_A_CATEGORY -> msg.not_a_category(problem.value(0));
            case NOT_A_NUMBER -> msg.not_a_number(problem.value(0));
            case TOO_LARGE -> msg.too_large(problem.value(0), problem.value(1));
            case NOT_A_DATE -> msg.not_a_date(problem.value(0));
            case NOT_A_CALENDAR_DAY -> msg.not_a_calendar_day(problem.value(0));
            case NOT_A_WEB_LINK -> msg.not_a_web_link(problem.value(0));
            case NOT_A_LINK -> msg.not_a_link(problem.value(0), problem.value(1));
            case NOT_A_LANGUAGE -> msg.not_a_language(problem.value(0));
            case ENDS_BEFORE_START -> msg.ends_before_start();
            case SINGLE_FIGURE_IN_A_RANGE -> msg.single_figure_in_a_range();
            case FIGURE_WITHOUT_NUMBER -> msg.figure_without_number();
            case LIMIT_OUTSIDE_A_RANGE -> msg.limit_outside_a_range();
            case RANGE_WITHOUT_LIMIT -> msg.range_without_limit();
            case FIGURE_NEEDED -> msg.figure_needed();
            case HIGHEST_BELOW_LOWEST -> msg.highest_below_lowest();
            case CLAIMANT_SPEAKS_FOR_ANOTHER_SIDE -> msg.claimant_speaks_for_another_side(problem.value(0),
                    problem.value(1));
            case INVISIBLE_CHARACTER -> msg.invisible_character(problem.value(0));
            case DIRECTION_CONTROL -> msg.direction_control(problem.value(0));
            case LOOKS_LIKE_ANOTHER_NAME -> msg.looks_like_another_name(problem.value(0), problem.value(1));
            case MIXED_SCRIPTS -> msg.mixed_scripts(problem.value(0));
        };
    }

}
