package org.hasila.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

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
import org.hasila.account.Role;
import org.hasila.account.Sessions;
import org.hasila.desk.Desk;
import org.hasila.review.Review;
import org.hasila.web.AccountMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

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

    /** A path of this site, with its query: one slash, then no second slash or backslash that would leave it. */
    private static final Pattern SAME_SITE = Pattern.compile("/(?![/\\\\])[^\\\\\\s]*");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, FormErrors errors, String then);
    }

    /** The login form; {@code then} is where to go once logged in, when it is a page of this site. */
    @GET
    @Path("/login")
    public TemplateInstance login(@RestQuery String then) {
        return Templates.login("", FormErrors.none(), sameSite(then));
    }

    /**
     * Logs in with a new session (a session that came with the request ends: no fixation) and goes where the person
     * asked, when it is a page of this site, else where they work: the review queue for editors, the desk for
     * journalists; a wrong name or password, or too many of them, comes back to the form, the name kept.
     */
    @POST
    @Path("/login")
    public Response authenticate(@RestForm String username, @RestForm String password, @RestForm String then) {
        AccountMessages msg = language.bundle(AccountMessages.class);
        Logins.Outcome outcome = logins.attempt(username, password, Logins.address(request), "form");
        if (outcome.throttled()) {
            return Response.status(TOO_MANY_REQUESTS).header("Retry-After", outcome.retryAfterSeconds())
                    .entity(Templates.login(username, problem(msg, msg.login_throttled()), sameSite(then))).build();
        }
        if (!outcome.loggedIn()) {
            return Response.ok(Templates.login(username, problem(msg, msg.login_failed()), sameSite(then))).build();
        }
        Sessions.token(request).ifPresent(sessions::end);
        response.addCookie(Sessions.cookie(sessions.start(outcome.account()), request));
        String asked = sameSite(then);
        if (asked != null) {
            return Response.seeOther(URI.create(asked)).build();
        }
        if (Role.EDITOR.equals(outcome.account().role)) {
            redirect(Review.class).index(null, null, null, null);
        } else {
            redirect(Desk.class).index();
        }
        return null;
    }

    /** A refused login: said next to the username, the field to start again from. */
    private static FormErrors problem(AccountMessages msg, String message) {
        return FormErrors.none().add("username", msg.login_username(), message);
    }

    /** The address asked for, when it is a path of this site; null for any other (an open redirect otherwise). */
    static String sameSite(String then) {
        if (then == null || !SAME_SITE.matcher(then).matches()) {
            return null;
        }
        try {
            URI uri = new URI(then);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? then : null;
        } catch (URISyntaxException e) {
            return null;
        }
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
