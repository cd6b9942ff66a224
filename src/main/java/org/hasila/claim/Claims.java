package org.hasila.claim;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hasila.timeline.ChartSvg;
import org.hasila.timeline.Figure;
import org.jboss.resteasy.reactive.RestPath;

/** A published claim with every source it was read in, its quote and translation. */
@Path("/claims")
public class Claims extends Controller {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Claim claim, String figure);
    }

    /** The claim's page; readers see published claims only, anything else is not found. */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        Claim claim = Claim.<Claim>find("""
                select c from Claim c join fetch c.conflict join fetch c.claimant cl left join fetch cl.party
                join fetch c.subjectParty left join fetch c.causedByParty join fetch c.category
                left join fetch c.sources cs left join fetch cs.source
                where c.id = ?1 and c.published = true""", id).firstResult();
        notFoundIfNull(claim);
        String figure = claim.qualifier == Qualifier.UNSPECIFIED ? null
                : ChartSvg.valueLabel(Figure.of(claim.qualifier, claim.valueExact, claim.valueMin, claim.valueMax));
        return Templates.show(claim, figure);
    }
}
