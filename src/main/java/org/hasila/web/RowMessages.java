package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The problems of a claim's fields, as the importer and the desk's forms report them (claims-csv.md). */
@MessageBundle("rows")
public interface RowMessages {

    @Message
    String row_before_start(String end, String start);

    @Message
    String row_not_category(String value, String allowed);

    @Message
    String row_range_no_value();

    @Message
    String row_no_figure();

    @Message
    String row_only_range(String column);

    @Message
    String row_range_needs(String column);

    @Message
    String row_needs_value(String qualifier);

    @Message
    String row_less_than_min(String max, String min);

    @Message
    String row_required();

    @Message
    String row_too_long(int length, int max);

    @Message
    String row_control();

    @Message
    String row_not_allowed(String value, String allowed);

    @Message
    String row_not_number(String value);

    @Message
    String row_too_large(String value, String max);

    @Message
    String row_not_iso_date(String value);

    @Message
    String row_not_calendar_day(String value);

    @Message
    String row_not_http(String value);

    @Message
    String row_bad_link(String value, String reason);

    @Message
    String row_not_language(String value);
}
