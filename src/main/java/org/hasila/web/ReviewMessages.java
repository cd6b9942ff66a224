package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The editor's review queue, the actions on a claim, and a claim's history. */
@MessageBundle("review")
public interface ReviewMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String journalist();

    @Message
    String show();

    @Message
    String show_attention();

    @Message
    String show_all();

    @Message
    String filter_submit();

    @Message
    String empty();

    @Message
    String entered(String who, String day);

    @Message
    String publish();

    @Message
    String unpublish();

    @Message
    String status();

    @Message
    String reason();

    @Message
    String set_status();

    @Message
    String published(long id);

    @Message
    String unpublished(long id);

    @Message
    String status_set(long id);

    @Message
    String reason_needed();

    @Message
    String history_title();

    @Message
    String history_created();

    @Message
    String history_changed();

    @Message
    String history_by(String who, String when);

    @Message
    String history_field();

    @Message
    String history_old();

    @Message
    String history_new();

    @Message
    String conflict();

    @Message
    String claimant();

    @Message
    String choose_legend();

    @Message
    String open_claim(long id);

    @Message
    String decision();

    @Message
    String decide_publish();

    @Message
    String decide_dispute();

    @Message
    String dispute_reason();

    @Message
    String dispute_reason_help();

    @Message
    String decide_submit();

    @Message
    String choose_claims();

    @Message
    String not_of_this_source();

    @Message
    String choose_decision();

    @Message
    String dispute_needs_reason();

    @Message
    String reason_too_long();

    @Message
    String source_published(String outlet);

    @Message
    String source_disputed(String outlet);
}
