package org.hasila.site;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.hasila.account.Logins;
import org.hasila.account.Sessions;
import org.hasila.web.AccountMessages;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Login and logout. The login form is a form like any other, with its CSRF token, so that no other site can log a
 * reader into an account of its own; {@link Logins} checks and throttles, {@link Sessions} keeps the session.
 */
@Path("/")
public class Login extends Controller {

    /** Too many requests: the login page, saying to wait, with {@code Retry-After}. */
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    Logins logins;

    @Inject
    Sessions sessions;

    @Inject
    Language language;

    @Inject
    HttpServerRequest request;

    @Inject
    HttpServerResponse response;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String problem);
    }

    /** The login form. */
    @GET
    @Path("/login")
    public TemplateInstance login() {
        return Templates.login("", null);
    }

    /**
     * Logs in with a new session (a session that came with the request ends: no fixation) and goes to the first
     * screen; a wrong name or password, or too many of them, comes back to the form, the name kept.
     */
    @POST
    @Path("/login")
    public Response authenticate(@RestForm String username, @RestForm String password) {
        AccountMessages msg = language.bundle(AccountMessages.class);
        Logins.Outcome outcome = logins.attempt(username, password, Logins.address(request), "form");
        if (outcome.throttled()) {
            return Response.status(TOO_MANY_REQUESTS).header("Retry-After", outcome.retryAfterSeconds())
                    .entity(Templates.login(username, msg.login_throttled())).build();
        }
        if (!outcome.loggedIn()) {
            return Response.ok(Templates.login(username, msg.login_failed())).build();
        }
        Sessions.token(request).ifPresent(sessions::end);
        response.addCookie(Sessions.cookie(sessions.start(outcome.account()), request));
        redirect(Home.class).index();
        return null;
    }

    /** Ends the session and goes back to the first screen. */
    @POST
    @Path("/logout")
    @Authenticated
    public void logout() {
        Sessions.token(request).ifPresent(sessions::end);
        response.addCookie(Sessions.cookie("", request));
        redirect(Home.class).index();
    }
}
