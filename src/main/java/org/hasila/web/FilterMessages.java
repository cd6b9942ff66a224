package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What is wrong with a filter in a URL: the list of claims, timelines and their API. */
@MessageBundle("filters")
public interface FilterMessages {

    @Message
    String choose_conflict();

    @Message
    String no_such_conflict(String value);

    @Message
    String choose_category();

    @Message
    String no_such_category(String value);

    @Message
    String choose_subject();

    @Message
    String no_such_party(String value);

    @Message
    String no_such_claimant(String value);

    @Message
    String no_such_status(String value);

    @Message
    String bad_date(String value);

    @Message
    String to_before_from();

    @Message
    String bad_cursor(String value);

    @Message
    String bad_moment(String value);

    @Message
    String future_moment(String value);
}
