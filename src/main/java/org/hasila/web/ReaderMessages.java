package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The readers' pages: the first screen, the list of claims, a claim, a conflict, a claimant and a source. */
@MessageBundle("reader")
public interface ReaderMessages {

    @Message
    String home_title();

    @Message
    String home_conflicts();

    @Message
    String home_no_conflicts();

    @Message
    String home_claims_count(long count);

    @Message
    String home_latest_figures();

    @Message
    String home_browse_claims();

    @Message
    String home_get_the_data();

    @Message
    String home_all_claims_csv();

    @Message
    String home_all_claims_interchange();

    @Message
    String home_all_claims_json();

    @Message
    String claims_title();

    @Message
    String claims_description();

    @Message
    String claims_filters();

    @Message
    String claims_any();

    @Message
    String claims_claimant_side();

    @Message
    String claims_from();

    @Message
    String claims_to();

    @Message
    String claims_filter_submit();

    @Message
    String claims_clear();

    @Message
    String claims_results();

    @Message
    String claims_results_more();

    @Message
    String claims_none();

    @Message
    String claims_pages();

    @Message
    String claims_first_page();

    @Message
    String claims_next_page();

    @Message
    String claims_as_json();

    @Message
    String claim_title(String claimant, long id);

    @Message
    String claim_draft_notice();

    @Message
    String claim_edit();

    @Message
    String claim_conflict();

    @Message
    String claim_claimant();

    @Message
    String claim_caused_by();

    @Message
    String claim_stated_on();

    @Message
    String claim_status();

    @Message
    String claim_notes();

    @Message
    String claim_sources();

    @Message
    String claim_competing();

    @Message
    String claim_timeline_link();

    @Message
    String independent();

    @Message
    String conflict_period(String first, String last);

    @Message
    String conflict_description(String conflict, long claims, String first, String last);

    @Message
    String conflict_all_claims();

    @Message
    String conflict_who_says_what();

    @Message
    String conflict_who_says_what_help();

    @Message
    String conflict_as_of();

    @Message
    String conflict_sum();

    @Message
    String conflict_no_figures();

    @Message
    String conflict_timeline_link(String category, String subject);

    @Message
    String conflict_latest_claims();

    @Message
    String conflict_disputed();

    @Message
    String conflict_retracted();

    @Message
    String conflict_all_disputed();

    @Message
    String conflict_all_retracted();

    @Message
    String claimant_description(String claimant, long claims, long disputed, long retracted);

    @Message
    String claimant_speaks_for(String party);

    @Message
    String claimant_independent();

    @Message
    String claimant_record(long claims, long disputed, long retracted);

    @Message
    String claimant_conflicts();

    @Message
    String claimant_claims();

    @Message
    String claimant_latest();

    @Message
    String claimant_all_claims();

    @Message
    String source_description(String outlet, int claims);

    @Message
    String source_title_label();

    @Message
    String source_published_on();

    @Message
    String source_link();

    @Message
    String source_language();

    @Message
    String source_claims(int claims);

    @Message
    String source_archived_copy();

    @Message
    String source_captured_text();

    @Message
    String source_captured_sha256();

    @Message
    String source_captured_exact();

    @Message
    String claim_subject_side();

    @Message
    String claim_category();

    @Message
    String claim_item();

    @Message
    String claim_figure();

    @Message
    String claim_counting();

    @Message
    String claim_period();

    /** Before a quote's translation, naming the language it is in. */
    @Message
    String claim_translation(String language);

    @Message
    String correction_corrected(String day, String changes, String reason);

    @Message
    String correction_unpublished(String day, String reason);

    @Message
    String correction_republished(String day, String changes, String reason);

    @Message
    String correction_change(String field, String before, String after);

    @Message
    String correction_change_figure(String before, String after);

    @Message
    String correction_separator();

    @Message
    String correction_empty();

    @Message
    String correction_no_reason();

    @Message
    String correction_editor();

    @Message
    String correction_claim(long id, String claimant, String figure);

    @Message
    String correction_entry_title(long id, String claimant);

    @Message
    String corrections_title();

    @Message
    String corrections_intro();

    @Message
    String corrections_none();

    @Message
    String corrections_of_claim();

    @Message
    String corrections_of_timeline();

    @Message
    String corrections_all();

    @Message
    String corrections_feed();

    @Message
    String corrections_feed_title(String scope);

    @Message
    String correction_field_figure();

    @Message
    String correction_field_counting();

    @Message
    String correction_field_period_start();

    @Message
    String correction_field_period_end();

    @Message
    String correction_field_as_of_precision();

    @Message
    String correction_field_stated_on();

    @Message
    String correction_field_status();

    @Message
    String correction_field_status_reason();

    @Message
    String correction_field_item();

    @Message
    String correction_field_category();

    @Message
    String correction_field_subject_side();

    @Message
    String correction_field_caused_by();

    @Message
    String correction_field_claimant();

    @Message
    String correction_field_conflict();

    @Message
    String correction_field_source_outlet();

    @Message
    String correction_field_source_title();

    @Message
    String correction_field_source_url();

    @Message
    String correction_field_source_published_on();

    @Message
    String correction_field_source_language();

    @Message
    String correction_field_source_archive_url();

    @Message
    String correction_field_source_captured_text_sha256();

    @Message
    String correction_field_notes();

    @Message
    String past_banner(String when);

    @Message
    String past_now();

    @Message
    String changes_title();

    @Message
    String last_changed(String when);

    @Message
    String changed_on();

    @Message
    String cite_title();

    @Message
    String cite_link();

    @Message
    String cite_retrieved(String day);

    @Message
    String cite_plain(String publisher, String title, String when, String url, String day);

    @Message
    String cite_text();

    @Message
    String cite_bibtex();

    @Message
    String embed_live();

    @Message
    String embed_pinned(String when);

    @Message
    String pinned_line(String when);

    @Message
    String updated_since(long count);

    @Message
    String corrections_between(String after, String until);

    @Message
    String corrections_after(String after);

    @Message
    String corrections_until(String until);

    @Message
    String updated_since_list();
}
