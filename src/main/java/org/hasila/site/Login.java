package org.hasila.site;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * Login and logout. The login form posts to Quarkus' form authentication ({@code /j_security_check}), which
 * checks the bcrypt hash and sets the encrypted session cookie.
 */
@Path("/")
public class Login extends Controller {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);
    }

    /** The login form; {@code failed} after a wrong name or password. */
    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("failed") boolean failed) {
        return Templates.login(failed);
    }

    /** Ends the session and goes back to the first screen. */
    @POST
    @Path("/logout")
    @Authenticated
    public void logout() {
        FormAuthenticationMechanism.logout(identity);
        redirect(Home.class).index();
    }
}
