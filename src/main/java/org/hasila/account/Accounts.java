package org.hasila.account;

import java.time.Instant;
import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.hasila.web.AccountMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Accounts. Who may do what: editors list, create, disable and enable accounts (never their own: an editor locked
 * out of every account would need the database); everyone logged in changes their own password and ends their
 * other sessions.
 */
@Path("/accounts")
public class Accounts extends Controller {

    @Inject
    Language language;

    @Inject
    Sessions sessions;

    @Inject
    HttpServerRequest request;

    /** What the new-account form sends. */
    public static class NewAccountForm {
        @RestForm
        public String username;
        @RestForm
        public String password;
        @RestForm
        public String role;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Account> accounts, NewAccountForm form, FormErrors errors);

        static native TemplateInstance password(FormErrors errors);
    }

    /** Every account, and the form to create one. */
    @GET
    @Path("")
    @RolesAllowed(Role.EDITOR)
    public TemplateInstance index() {
        NewAccountForm form = new NewAccountForm();
        form.role = Role.JOURNALIST;
        return Templates.index(Account.listAll(Sort.by("username")), form, FormErrors.none());
    }

    /** Creates a journalist or editor account. */
    @POST
    @Path("")
    @RolesAllowed(Role.EDITOR)
    @Transactional
    public TemplateInstance create(@BeanParam NewAccountForm form) {
        AccountMessages msg = language.bundle(AccountMessages.class);
        FormErrors errors = FormErrors.none();
        if (form.username == null || !form.username.matches("[a-z0-9._-]{2,50}")) {
            errors.add("username", msg.accounts_username(), msg.accounts_username_rule());
        } else if (Account.findByUsername(form.username).isPresent()) {
            errors.add("username", msg.accounts_username(), msg.accounts_username_taken());
        }
        PasswordRules.refusal(form.password, form.username)
                .ifPresent(refusal -> errors.add("password", msg.accounts_password(), words(refusal, msg)));
        if (!Role.JOURNALIST.equals(form.role) && !Role.EDITOR.equals(form.role)) {
            form.role = Role.JOURNALIST;
            errors.add("role", msg.accounts_role(), msg.role_journalist());
        }
        if (!errors.isEmpty()) {
            return Templates.index(Account.listAll(Sort.by("username")), form, errors);
        }
        Account.create(form.username, form.password, form.role);
        flash("message", msg.accounts_created_flash(form.username));
        index();
        return null;
    }

    /** The form to change one's own password. */
    @GET
    @Path("/password")
    @Authenticated
    public TemplateInstance password() {
        return Templates.password(FormErrors.none());
    }

    /** Changes one's own password, given the current one. */
    @POST
    @Path("/password")
    @Authenticated
    @Transactional
    public TemplateInstance changePassword(@RestForm String current, @RestForm("new") String newPassword) {
        AccountMessages msg = language.bundle(AccountMessages.class);
        Account account = Account.findByUsername(identity.getPrincipal().getName()).orElseThrow();
        FormErrors errors = FormErrors.none();
        if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add("current", msg.password_current(), msg.password_current_wrong());
        }
        PasswordRules.refusal(newPassword, account.username)
                .ifPresent(refusal -> errors.add("new", msg.password_new(), words(refusal, msg)));
        if (!errors.isEmpty()) {
            return Templates.password(errors);
        }
        account.passwordHash = BcryptUtil.bcryptHash(newPassword);
        // Whoever knew the old password may hold a session: only this one goes on
        sessions.endOthers(account, Sessions.token(request).orElse(null));
        flash("message", msg.password_changed());
        password();
        return null;
    }

    /** Ends every session of one's own account but this one: a browser left logged in elsewhere. */
    @POST
    @Path("/sessions/end-others")
    @Authenticated
    public void endOtherSessions() {
        Account account = Account.findByUsername(identity.getPrincipal().getName()).orElseThrow();
        sessions.endOthers(account, Sessions.token(request).orElse(null));
        flash("message", language.bundle(AccountMessages.class).sessions_ended());
        password();
    }

    /** Disables an account: its sessions end and it can no longer log in, by the form or by the API. */
    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Role.EDITOR)
    @Transactional
    public void disable(@RestPath long id) {
        AccountMessages msg = language.bundle(AccountMessages.class);
        Account account = Account.<Account> findByIdOptional(id).orElseThrow(NotFoundException::new);
        if (account.username.equals(identity.getPrincipal().getName())) {
            flash("message", msg.accounts_disable_own());
        } else {
            account.disabledAt = Instant.now();
            sessions.endOthers(account, null);
            flash("message", msg.accounts_disabled_flash(account.username));
        }
        index();
    }

    /** Lets a disabled account log in again. */
    @POST
    @Path("/{id}/enable")
    @RolesAllowed(Role.EDITOR)
    @Transactional
    public void enable(@RestPath long id) {
        Account account = Account.<Account> findByIdOptional(id).orElseThrow(NotFoundException::new);
        account.disabledAt = null;
        flash("message", language.bundle(AccountMessages.class).accounts_enabled_flash(account.username));
        index();
    }

    private static String words(PasswordRules.Refusal refusal, AccountMessages msg) {
        return switch (refusal) {
            case TOO_SHORT -> msg.accounts_password_rule();
            case TOO_LONG -> msg.accounts_password_too_long();
            case EASY_TO_GUESS -> msg.accounts_password_easy_to_guess();
            case CONTAINS_USERNAME -> msg.accounts_password_contains_username();
        };
    }
}
