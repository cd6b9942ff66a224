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

    @Message
    String names_title();

    @Message
    String names_intro();

    @Message
    String names_link();

    @Message
    String kind_conflict();

    @Message
    String kind_party();

    @Message
    String kind_claimant();

    @Message
    String kind_outlet();

    @Message
    String col_name();

    @Message
    String col_claims();

    @Message
    String change();

    @Message
    String edit_title(String name);

    @Message
    String rename_legend();

    @Message
    String new_name();

    @Message
    String reason();

    @Message
    String reason_help();

    @Message
    String rename_submit();

    @Message
    String merge_legend();

    @Message
    String merge_help(String name);

    @Message
    String into();

    @Message
    String merge_submit();

    @Message
    String renamed(String old, String now);

    @Message
    String merged(String gone, String kept);

    @Message
    String merged_repeats(String pairs);

    @Message
    String repeat(long moved, long same);

    @Message
    String no_such_name(String name);

    @Message
    String name_needed();

    @Message
    String name_too_long(int max);

    @Message
    String name_unseen(String character);

    @Message
    String name_taken(String other);

    @Message
    String name_looks_like(String other);

    @Message
    String name_mixes_scripts();

    @Message
    String reason_needed();

    @Message
    String reason_too_long();

    @Message
    String into_needed();

    @Message
    String merge_into_itself();

    @Message
    String sides_differ(String a, String sideA, String b, String sideB);

    @Message
    String sources_become_one(long a, long b);

    @Message
    String independent();
}
