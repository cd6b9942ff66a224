package org.hasila.claim;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hasila.account.Role;
import org.hasila.review.History;
import org.hasila.timeline.ChartSvg;
import org.hasila.timeline.Figure;
import org.jboss.resteasy.reactive.RestPath;

/** A published claim with every source it was read in, its quote and translation. */
@Path("/claims")
public class Claims extends Controller {

    @Inject
    History history;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Claim claim, String figure, List<History.Entry> history, boolean canEdit,
                boolean canReview, Status[] statuses);
    }

    /**
     * The claim's page. Readers see published claims only, anything else is not found; journalists and editors
     * also see drafts and the claim's history, and editors the review actions.
     */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        boolean staff = !identity.isAnonymous();
        Claim claim = Claim.<Claim>find("""
                select c from Claim c join fetch c.conflict join fetch c.claimant cl left join fetch cl.party
                join fetch c.subjectParty left join fetch c.causedByParty join fetch c.category
                left join fetch c.sources cs left join fetch cs.source
                where c.id = ?1 and (c.published = true or ?2 = true)""", id, staff).firstResult();
        notFoundIfNull(claim);
        String figure = claim.qualifier == Qualifier.UNSPECIFIED ? null
                : ChartSvg.valueLabel(Figure.of(claim.qualifier, claim.valueExact, claim.valueMin, claim.valueMax));
        boolean editor = identity.hasRole(Role.EDITOR);
        boolean ownDraft = staff && !claim.published && identity.getPrincipal().getName().equals(claim.createdBy);
        return Templates.show(claim, figure, staff ? history.ofClaim(id) : List.of(), editor || ownDraft, editor,
                Status.values());
    }
}
