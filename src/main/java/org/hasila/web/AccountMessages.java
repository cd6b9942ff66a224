package org.hasila.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Logging in, the editor's accounts page, and changing one's password. */
@MessageBundle("accounts")
public interface AccountMessages {

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
    String accounts_password_too_long();

    @Message
    String accounts_password_easy_to_guess();

    @Message
    String accounts_password_contains_username();

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
    String role_editor();

    @Message
    String role_journalist();

    @Message
    String login_throttled();

    @Message
    String accounts_state();

    @Message
    String accounts_state_active();

    @Message
    String accounts_state_disabled();

    @Message
    String accounts_disable_submit();

    @Message
    String accounts_enable_submit();

    @Message
    String accounts_disable_own();

    @Message
    String sessions_title();

    @Message
    String sessions_text();

    @Message
    String sessions_end_others_submit();

    @Message
    String sessions_ended();

    @Message
    String accounts_disabled_flash(String name);

    @Message
    String accounts_enabled_flash(String name);
}
