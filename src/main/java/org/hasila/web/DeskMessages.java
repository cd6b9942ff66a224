package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The journalist's desk: sources, the claims read in them, and the fields of both forms. */
@MessageBundle("desk")
public interface DeskMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String new_source();

    @Message
    String my_drafts();

    @Message
    String no_drafts();

    @Message
    String recent_sources();

    @Message
    String draft();

    @Message
    String published();

    @Message
    String edit();

    @Message
    String source_title();

    @Message
    String source_intro();

    @Message
    String source_save();

    @Message
    String source_saved();

    @Message
    String source_exists();

    @Message
    String source_edit();

    @Message
    String source_found();

    @Message
    String source_found_with_evidence();

    @Message
    String source_entered_again();

    @Message
    String source_stored_link();

    @Message
    String source_other_archive(String url);

    @Message
    String source_other_text(String sha256);

    @Message
    String source_evidence_kept();

    @Message
    String source_evidence_ask_editor();

    @Message
    String source_evidence_editors_only();

    @Message
    String source_evidence_differs();

    @Message
    String replace_evidence();

    @Message
    String source_reason_needed();

    @Message
    String source_readers_see();

    @Message
    String source_for_editors();

    @Message
    String back_to_source();

    @Message
    String claims_in_source();

    @Message
    String no_claims_yet();

    @Message
    String add_claim();

    @Message
    String add_claim_submit();

    @Message
    String claim_added();

    @Message
    String claim_saved();

    @Message
    String edit_claim(long id);

    @Message
    String save_claim();

    @Message
    String duplicate();

    @Message
    String duplicate_link(long id);

    @Message
    String confirm_duplicate();

    @Message
    String edited_meanwhile();

    @Message
    String reload();

    @Message
    String new_names_look_alike();

    @Message
    String confirm_new_names();

    @Message
    String use_stored_name(String name);

    @Message
    String reason();

    @Message
    String reason_help();

    @Message
    String reason_needed();

    @Message
    String who_group();

    @Message
    String figure_group();

    @Message
    String period_group();

    @Message
    String words_group();

    @Message
    String field_source_outlet();

    @Message
    String field_source_title();

    @Message
    String field_source_url();

    @Message
    String field_source_published_on();

    @Message
    String field_source_language();

    @Message
    String field_source_archive_url();

    @Message
    String field_source_archive_url_help();

    @Message
    String field_source_captured_text();

    @Message
    String field_source_captured_text_help();

    @Message
    String field_conflict();

    @Message
    String field_claimant();

    @Message
    String field_claimant_help();

    @Message
    String field_claimant_side();

    @Message
    String field_claimant_side_help();

    @Message
    String field_subject_side();

    @Message
    String field_caused_by();

    @Message
    String field_category();

    @Message
    String field_item();

    @Message
    String field_item_help();

    @Message
    String field_qualifier();

    @Message
    String field_value();

    @Message
    String field_value_min();

    @Message
    String field_value_max();

    @Message
    String field_figure_help();

    @Message
    String field_counting();

    @Message
    String field_period_start();

    @Message
    String field_period_start_help();

    @Message
    String field_period_end();

    @Message
    String field_as_of_precision();

    @Message
    String field_stated_on();

    @Message
    String field_quote();

    @Message
    String field_translation(String language);

    @Message
    String field_translation_help();

    @Message
    String field_notes();

    @Message
    String names_title();

    @Message
    String names_heading(String name);

    @Message
    String names_intro();

    @Message
    String names_none();

    @Message
    String names_edit(String language);

    @Message
    String names_form_in(String language);

    @Message
    String names_form_help();

    @Message
    String names_save();

    @Message
    String names_saved();

    @Message
    String names_readers_see();

    @Message
    String names_readers_see_editor();

    @Message
    String names_reason_needed();

    @Message
    String names_link();

    @Message
    String source_language_unsaid();

    @Message
    String source_languages_common();

    @Message
    String source_languages_others();

    @Message
    String field_claimant_kind();

    @Message
    String claimant_kind_side();

    @Message
    String claimant_kind_independent();

    @Message
    String claimant_kind_needed();

    @Message
    String claimant_side_needed();

    @Message
    String claimant_side_independent();

    @Message
    String attach_duplicate(long id);

    @Message
    String attach_title();

    @Message
    String attach_intro();

    @Message
    String attach_find();

    @Message
    String field_attach_claim();

    @Message
    String field_attach_claim_help();

    @Message
    String attach_submit();

    @Message
    String attach_not_a_claim();

    @Message
    String attach_already(long id);

    @Message
    String attach_editors_only();

    @Message
    String claim_attached(long id);

    @Message
    String field_attach_quote();

    @Message
    String paste_article();

    @Message
    String paste_title();

    @Message
    String paste_intro();

    @Message
    String field_article_text();

    @Message
    String field_article_text_help(int max);

    @Message
    String field_text_language();

    @Message
    String text_language_ar();

    @Message
    String text_language_en();

    @Message
    String paste_submit();

    @Message
    String paste_text_needed();

    @Message
    String paste_text_too_long(int max);

    @Message
    String paste_language_needed();

    @Message
    String paste_conflict_needed();

    @Message
    String suggestions_title();

    @Message
    String suggestions_intro();

    @Message
    String suggestions_none();

    @Message
    String suggestion_legend(int n);

    @Message
    String suggestion_keep();

    @Message
    String suggestion_confirm();

    @Message
    String suggestions_submit();

    @Message
    String suggestions_none_kept();

    @Message
    String suggestions_not_saved();

    @Message
    String suggestions_saved(int count);

    @Message
    String suggestions_back();
}
