package org.hasila.api;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The API for people: what it offers, with links to the OpenAPI document and the Swagger UI. */
@Path("/api")
public class ApiPage extends Controller {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();
    }

    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index();
    }
}
