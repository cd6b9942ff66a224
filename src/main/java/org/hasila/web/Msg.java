package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The frame of every page (menu, language switch, footer) and the language's own code, direction and name. */
@MessageBundle
public interface Msg {

    @Message
    String lang();

    @Message
    String dir();

    @Message
    String language_name();

    @Message
    String og_locale();

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_claims();

    @Message
    String nav_timelines();

    @Message
    String nav_desk();

    @Message
    String nav_review();

    @Message
    String nav_import();

    @Message
    String nav_accounts();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String nav_signed_in_as(String name);

    @Message
    String nav_language();

    @Message
    String footer_api();

    @Message
    String footer_csv();

    @Message
    String footer_corrections();

    @Message
    String error_summary_title();

    @Message
    String error_labelled(String label, String message);
}
