package org.hasila.reader;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;
import org.jboss.resteasy.reactive.RestPath;

/** A source for readers: where it was published, and every published claim read in it, with its quote. */
@Path("/sources")
public class Sources extends Controller {

    @Inject
    EntityManager em;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Source source, List<ClaimSource> links);
    }

    /** Not found for a source none of whose claims is published. */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        List<ClaimSource> links = em.createQuery("""
                select cs from ClaimSource cs join fetch cs.source join fetch cs.claim c join fetch c.conflict
                join fetch c.claimant cl left join fetch cl.party join fetch c.subjectParty join fetch c.category
                where cs.source.id = :source and c.published = true
                order by c.periodEnd desc, c.id desc""", ClaimSource.class).setParameter("source", id).getResultList();
        if (links.isEmpty()) {
            throw new NotFoundException();
        }
        return Templates.show(links.get(0).source, links);
    }
}
