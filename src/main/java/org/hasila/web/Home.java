package org.hasila.web;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The first screen: the conflicts with their published claims, and where to get the data. */
@Path("/")
public class Home extends Controller {

    @Inject
    EntityManager em;

    /** A conflict and how many published claims it holds. */
    public record ConflictSummary(String name, String slug, long claims) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ConflictSummary> conflicts);
    }

    /** The conflicts, most claims first. */
    @GET
    @Path("")
    public TemplateInstance index() {
        List<ConflictSummary> conflicts = em.createQuery("""
                select new org.hasila.web.Home$ConflictSummary(c.conflict.name, c.conflict.slug, count(c))
                from Claim c where c.published = true group by c.conflict.name, c.conflict.slug
                order by count(c) desc, c.conflict.name""", ConflictSummary.class).getResultList();
        return Templates.index(conflicts);
    }
}
