package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * How the pages word a broken rule of a claim or a source, next to the field, with the form's own labels. The
 * texts are in messages/problems_en.properties and problems_ar.properties; {@link ProblemWords} picks one for each
 * problem's code.
 */
@MessageBundle("problems")
public interface ProblemMsg {

    @Message
    String required();

    @Message
    String too_long(int length, String max);

    @Message
    String control_character();

    @Message
    String not_a_choice(String value);

    @Message
    String not_a_category(String value);

    @Message
    String not_a_number(String value);

    @Message
    String too_large(String value, String max);

    @Message
    String not_a_date(String value);

    @Message
    String not_a_calendar_day(String value);

    @Message
    String not_a_web_link(String value);

    @Message
    String not_a_link(String value, String reason);

    @Message
    String not_a_language(String value);

    @Message
    String ends_before_start();

    @Message
    String single_figure_in_a_range();

    @Message
    String figure_without_number();

    @Message
    String limit_outside_a_range();

    @Message
    String range_without_limit();

    @Message
    String figure_needed();

    @Message
    String highest_below_lowest();

    @Message
    String claimant_speaks_for_another_side(String name, String side);

    @Message
    String invisible_character(String character);

    @Message
    String direction_control(String character);

    @Message
    String looks_like_another_name(String name, String stored);

    @Message
    String mixed_scripts(String name);
}
