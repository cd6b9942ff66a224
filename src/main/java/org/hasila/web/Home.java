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

    /** A timeline with published claims: one conflict, kind of loss and subject side. */
    public record TimelineLink(String conflictSlug, String category, String nameEn, String nameAr, String subject,
            long claims) {

        public String query() {
            return "conflict=" + encode(conflictSlug) + "&category=" + encode(category) + "&subject=" + encode(subject);
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ConflictSummary> conflicts, List<TimelineLink> timelines);
    }

    /** The conflicts, most claims first. */
    @GET
    @Path("")
    public TemplateInstance index() {
        List<ConflictSummary> conflicts = em.createQuery("""
                select new org.hasila.web.Home$ConflictSummary(c.conflict.name, c.conflict.slug, count(c))
                from Claim c where c.published = true group by c.conflict.name, c.conflict.slug
                order by count(c) desc, c.conflict.name""", ConflictSummary.class).getResultList();
        List<TimelineLink> timelines = em.createQuery("""
                select new org.hasila.web.Home$TimelineLink(c.conflict.slug, c.category.slug, c.category.nameEn,
                    c.category.nameAr, c.subjectParty.name, count(c))
                from Claim c where c.published = true
                group by c.conflict.slug, c.category.slug, c.category.nameEn, c.category.nameAr, c.category.sortOrder,
                    c.subjectParty.name
                order by c.conflict.slug, c.category.sortOrder, c.subjectParty.name""", TimelineLink.class)
                .setMaxResults(500).getResultList();
        return Templates.index(conflicts, timelines);
    }
}
