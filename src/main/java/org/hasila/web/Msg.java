package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the pages, {@code {msg:...}} in templates. The texts are in messages/msg_en.properties and
 * msg_ar.properties; a key missing from a language fails the build.
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
    String column_line();

    @Message
    String column_conflict();

    @Message
    String column_claimant();

    @Message
    String column_subject_side();

    @Message
    String column_category();

    @Message
    String column_item();

    @Message
    String column_figure();

    @Message
    String column_counting();

    @Message
    String column_period();

    @Message
    String column_outcome();

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
}
