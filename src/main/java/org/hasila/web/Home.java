package org.hasila.web;

import java.time.LocalDate;
import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hasila.claim.Claim;
import org.hasila.claim.ClaimSearch;
import org.hasila.claim.PublishedData;

/** The first screen: the conflicts with published claims, each with its period and latest figures. */
@Path("/")
public class Home extends Controller {

    private static final int HEADLINES = 3;

    @Inject
    EntityManager em;

    @Inject
    ClaimSearch search;

    @Inject
    PublishedData published;

    /** A conflict, how many published claims it holds and the period they cover. */
    public record ConflictSummary(Long id, String name, String slug, long claims, LocalDate first, LocalDate last) {
    }

    /** A conflict on the first screen with its latest claims. */
    public record Headline(ConflictSummary conflict, List<Claim> latest) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Headline> conflicts);
    }

    /** The conflicts, most claims first. */
    @GET
    @Path("")
    public TemplateInstance index() {
        return Templates.index(published.kept("home", this::headlines));
    }

    private List<Headline> headlines() {
        List<ConflictSummary> conflicts = em.createQuery("""
                select new org.hasila.web.Home$ConflictSummary(c.conflict.id, c.conflict.name, c.conflict.slug,
                    count(c), min(coalesce(c.periodStart, c.periodEnd)), max(c.periodEnd))
                from Claim c where c.published = true group by c.conflict.id, c.conflict.name, c.conflict.slug
                order by count(c) desc, c.conflict.name""", ConflictSummary.class).getResultList();
        return conflicts.stream().map(summary -> new Headline(summary, search.headlines(summary.id(), HEADLINES)))
                .toList();
    }
}
