package org.hasila.site;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The first screen: the conflicts with published claims, each with its period and latest figures. */
@Path("/")
public class Home extends Controller {

    @Inject
    Headlines headlines;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Headlines.Headline> conflicts);
    }

    /** The conflicts, most claims first. */
    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index(headlines.all());
    }
}
