package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Mending mistakes: deleting a draft, renaming and merging conflicts, parties, claimants and outlets. */
@MessageBundle("mending")
public interface MendingMessages {

    @Message
    String delete();

    @Message
    String delete_title();

    @Message
    String delete_question();

    @Message
    String delete_submit();

    @Message
    String delete_keep();

    @Message
    String deleted();

    @Message
    String not_deletable_published();

    @Message
    String not_deletable_others();
}
