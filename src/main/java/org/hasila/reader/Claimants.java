package org.hasila.reader;

import org.hasila.register.claim.ClaimFilters;

import org.hasila.register.claimant.Claimant;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimSearch;
import org.jboss.resteasy.reactive.RestPath;

/** A claimant for readers: what it has claimed, in which conflicts, how often it was disputed or retracted. */
@Path("/claimants")
public class Claimants extends Controller {

    private static final int LATEST_SHOWN = 20;

    @Inject
    ClaimSearch search;

    @Inject
    EntityManager em;

    /** A conflict the claimant spoke about, and how its claims there fared. */
    public record Record(String conflict, String conflictSlug, long claims, long disputed, long retracted) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Claimant claimant, List<Record> conflicts, Record total,
                List<Claim> latest);
    }

    /** Not found for a claimant without published claims. */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        Claimant claimant = Claimant.<Claimant>find("from Claimant c left join fetch c.party where c.id = ?1", id)
                .firstResult();
        notFoundIfNull(claimant);
        List<Record> conflicts = em.createQuery("""
                select new org.hasila.reader.Claimants$Record(c.conflict.name, c.conflict.slug, count(c),
                    sum(case when c.status = org.hasila.register.claim.Status.DISPUTED then 1 else 0 end),
                    sum(case when c.status = org.hasila.register.claim.Status.RETRACTED then 1 else 0 end))
                from Claim c where c.claimant = :claimant and c.published = true
                group by c.conflict.name, c.conflict.slug order by count(c) desc, c.conflict.name""", Record.class)
                .setParameter("claimant", claimant).getResultList();
        if (conflicts.isEmpty()) {
            throw new NotFoundException();
        }
        Record total = new Record(null, null, conflicts.stream().mapToLong(Record::claims).sum(),
                conflicts.stream().mapToLong(Record::disputed).sum(),
                conflicts.stream().mapToLong(Record::retracted).sum());
        List<Claim> latest = search
                .page(new ClaimFilters(null, claimant, null, null, null, null, null, null, null), LATEST_SHOWN)
                .claims();
        return Templates.show(claimant, conflicts, total, latest);
    }
}
