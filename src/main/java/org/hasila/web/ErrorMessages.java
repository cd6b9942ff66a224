package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The page for an address where nothing is published, and requests whose body cannot be taken. */
@MessageBundle("errors")
public interface ErrorMessages {

    @Message
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String form_expected();

    @Message
    String form_unreadable();

    @Message
    String form_from_elsewhere();

    @Message
    String body_too_large(long megabytes);
}
