package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The page that introduces the HTTP API to developers. */
@MessageBundle("api")
public interface ApiMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String swagger();

    @Message
    String openapi();

    @Message
    String endpoints();

    @Message
    String request();

    @Message
    String answer();

    @Message
    String describes_conflicts();

    @Message
    String describes_parties();

    @Message
    String describes_claimants();

    @Message
    String describes_categories();

    @Message
    String describes_claims();

    @Message
    String describes_claim();

    @Message
    String describes_timelines();

    @Message
    String describes_timeline();

    @Message
    String describes_downloads();

    @Message
    String describes_spreadsheet();

    @Message
    String describes_import();
}
