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
import jakarta.ws.rs.Produces;
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

    /**
     * The text captured from the source, its bytes exactly as kept, so that {@code sha256sum} of the answer is the
     * SHA-256 its pages show. Readers get it for a source a published claim cites; journalists and editors for any.
     */
    @GET
    @Path("/{id}/captured-text")
    @Produces("text/plain;charset=UTF-8")
    public String capturedText(@RestPath long id) {
        String text = em.createQuery("""
                select s.capturedText from Source s where s.id = :source and s.capturedText is not null
                and (:staff = true or exists (select 1 from ClaimSource cs where cs.source = s
                and cs.claim.published = true))""", String.class).setParameter("source", id)
                .setParameter("staff", !identity.isAnonymous()).getResultStream().findFirst().orElse(null);
        if (text == null) {
            throw new NotFoundException();
        }
        return text;
    }
}
