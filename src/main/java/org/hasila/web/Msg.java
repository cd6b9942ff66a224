package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the pages, {@code {msg:...}} in templates. The texts are in messages/msg_en.properties and
 * msg_ar.properties; a key missing from a language fails the build.
 * <p>
 * Keep it under 300 keys: Qute 3.33 generates a class that fails verification at start beyond that
 * (quarkusio/quarkus#55584, fixed later). Related labels share one key with a {@code {#when}}, as {@code field},
 * {@code column} and {@code status} do.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message
    String lang();

    @Message
    String dir();

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_home();

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
    String home_title();

    @Message
    String home_conflicts();

    @Message
    String home_no_conflicts();

    @Message
    String home_claims_count(long count);

    @Message
    String home_get_the_data();

    @Message
    String home_all_claims_csv();

    @Message
    String home_all_claims_json();

    @Message
    String login_title();

    @Message
    String login_username();

    @Message
    String login_password();

    @Message
    String login_submit();

    @Message
    String login_failed();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_file();

    @Message
    String import_file_missing();

    @Message
    String import_publish();

    @Message
    String import_preview_submit();

    @Message
    String import_preview_title(String file);

    @Message
    String import_summary(long rows, long created, long linked, int duplicates);

    @Message
    String import_problems_title(long count);

    @Message
    String import_problems_more(long count);

    @Message
    String import_problem_line();

    @Message
    String import_problem_column();

    @Message
    String import_problem_reason();

    @Message
    String import_file_level();

    @Message
    String import_rows_title();

    @Message
    String import_rows_more(long count);

    @Message
    String import_confirm_submit();

    @Message
    String import_confirm_publish();

    @Message
    String import_confirm_draft();

    @Message
    String import_start_again();

    @Message
    String import_done(long created, long linked, int duplicates);

    @Message
    String import_expired();

    @Message
    String import_outcome(String outcome);











    @Message
    String accounts_title();

    @Message
    String accounts_username();

    @Message
    String accounts_role();

    @Message
    String accounts_created();

    @Message
    String accounts_new();

    @Message
    String accounts_password();

    @Message
    String accounts_create_submit();

    @Message
    String accounts_created_flash(String name);

    @Message
    String accounts_username_rule();

    @Message
    String accounts_username_taken();

    @Message
    String accounts_password_rule();

    @Message
    String role(String role);

    @Message
    String password_title();

    @Message
    String password_current();

    @Message
    String password_new();

    @Message
    String password_submit();

    @Message
    String password_current_wrong();

    @Message
    String password_changed();

    @Message
    String timeline_choose_conflict();

    @Message
    String timeline_no_such_conflict(String value);

    @Message
    String timeline_choose_category();

    @Message
    String timeline_no_such_category(String value);

    @Message
    String timeline_choose_subject();

    @Message
    String timeline_no_such_subject(String value);

    @Message
    String timeline_bad_date(String value);

    @Message
    String timeline_title(String category, String subject);

    @Message
    String timeline_title_item(String category, String subject, String item);

    @Message
    String timeline_subtitle(String conflict);

    @Message
    String timeline_sources(String names, long more);

    @Message
    String timeline_date_line(String asOf, String updated);

    @Message
    String timeline_independent();

    @Message
    String timeline_sum_of_increments();

    @Message
    String timeline_sum_of_items();

    @Message
    String timeline_no_figures();

    @Message
    String timeline_page_title();

    @Message
    String timeline_intro();

    @Message
    String timeline_filters();

    @Message
    String timeline_conflict();

    @Message
    String timeline_category();

    @Message
    String timeline_subject();

    @Message
    String timeline_item();

    @Message
    String timeline_item_help();

    @Message
    String timeline_as_of();

    @Message
    String timeline_show();

    @Message
    String timeline_chart_alt(String title);

    @Message
    String timeline_comparison_title();

    @Message
    String timeline_comparison_as_of(String day);

    @Message
    String timeline_comparison_gap(String ratio, String difference);

    @Message
    String timeline_comparison_difference(String difference);

    @Message
    String timeline_flags_title();

    @Message
    String timeline_flag(String kind, String claimant, String day);

    @Message
    String timeline_unspecified_title();

    @Message
    String timeline_retracted_title();

    @Message
    String timeline_table_title();








    @Message
    String timeline_claim_link(long id);

    @Message
    String timeline_share_title();

    @Message
    String timeline_permalink();

    @Message
    String timeline_embed_code();

    @Message
    String timeline_embed_help();

    @Message
    String timeline_download_svg();

    @Message
    String timeline_download_png();

    @Message
    String timeline_download_csv();

    @Message
    String timeline_download_json();

    @Message
    String timeline_open_full();

    @Message
    String counting(String counting);

    @Message
    String precision(String precision);

    @Message
    String nav_timelines();

    @Message
    String claim_title(String claimant, long id);

    @Message
    String claim_in_words(String claimant, String figure, String what, String day);


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
    String status(String status);

    @Message
    String nav_desk();

    @Message
    String nav_review();

    @Message
    String desk_title();

    @Message
    String desk_intro();

    @Message
    String desk_new_source();

    @Message
    String desk_my_drafts();

    @Message
    String desk_no_drafts();

    @Message
    String desk_recent_sources();

    @Message
    String desk_source_title();

    @Message
    String desk_source_intro();

    @Message
    String desk_source_save();

    @Message
    String desk_source_saved();

    @Message
    String desk_source_exists();

    @Message
    String desk_source_edit();

    @Message
    String desk_claims_in_source();

    @Message
    String desk_no_claims_yet();

    @Message
    String desk_add_claim();

    @Message
    String desk_add_claim_submit();

    @Message
    String desk_claim_added();

    @Message
    String desk_claim_saved();

    @Message
    String desk_edit_claim(long id);

    @Message
    String desk_save_claim();

    @Message
    String desk_duplicate();

    @Message
    String desk_duplicate_link(long id);

    @Message
    String desk_confirm_duplicate();

    @Message
    String desk_edited_meanwhile();

    @Message
    String desk_reload();

    @Message
    String desk_reason();

    @Message
    String desk_reason_help();

    @Message
    String desk_reason_needed();

    @Message
    String desk_draft();

    @Message
    String desk_published();

    @Message
    String desk_edit();

    @Message
    String desk_figure_group();

    @Message
    String desk_period_group();

    @Message
    String desk_who_group();

    @Message
    String desk_words_group();






























    @Message
    String qualifier(String qualifier);

    @Message
    String precision_choice(String precision);

    @Message
    String review_title();

    @Message
    String review_intro();

    @Message
    String review_show();

    @Message
    String review_show_attention();

    @Message
    String review_show_all();

    @Message
    String review_journalist();

    @Message
    String review_filter_submit();

    @Message
    String review_empty();

    @Message
    String review_publish();

    @Message
    String review_unpublish();

    @Message
    String review_status();

    @Message
    String review_reason();

    @Message
    String review_set_status();

    @Message
    String review_published(long id);

    @Message
    String review_unpublished(long id);

    @Message
    String review_status_set(long id);

    @Message
    String review_reason_needed();

    @Message
    String review_entered(String who, String day);

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
    String claim_draft_notice();

    @Message
    String claim_edit();


    @Message
    String language_name();

    @Message
    String og_locale();

    @Message
    String nav_label();

    @Message
    String nav_claims();

    @Message
    String nav_language();

    @Message
    String footer_api();

    @Message
    String footer_csv();

    @Message
    String home_latest_figures();

    @Message
    String home_browse_claims();

    @Message
    String losses_of(String side);

    @Message
    String figure_words(String qualifier, String value, String min, String max);

    @Message
    String claim_in_words_period(String claimant, String figure, String what, String start, String end);

    @Message
    String claim_competing();

    @Message
    String claim_timeline_link();

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
    String claims_no_such_claimant(String value);

    @Message
    String claims_no_such_status(String value);

    @Message
    String claims_to_before_from();

    @Message
    String claims_bad_cursor(String value);

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
    String not_found_title();

    @Message
    String not_found_text();

    @Message
    String api_title();

    @Message
    String api_intro();

    @Message
    String api_swagger();

    @Message
    String api_openapi();

    @Message
    String api_endpoints();

    @Message
    String api_request();

    @Message
    String api_answer();











    @Message
    String claim_what(String category, String item, String subject);

    @Message
    String as_of_day(String precision, String day);

    @Message
    String field(String which);

    @Message
    String column(String which);

    @Message
    String api_describes(String which);

    @Message
    String comma();

    @Message
    String choose();

    @Message
    String category(String slug);
}
