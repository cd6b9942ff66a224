package org.hasila.reader;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFilters;
import org.hasila.register.claim.ClaimSearch;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.claimant.ClaimantRecords;
import org.hasila.register.claimant.ClaimantRecords.InConflict;
import org.hasila.register.claimant.ClaimantRecords.Tally;
import org.hasila.register.formername.FormerName;
import org.jboss.resteasy.reactive.RestPath;

/** A claimant for readers: what it has claimed, in which conflicts, how often it was disputed or retracted. */
@Path("/claimants")
public class Claimants extends Controller {

    private static final int LATEST_SHOWN = 20;

    @Inject
    ClaimSearch search;

    @Inject
    ClaimantRecords records;

    @Inject
    FormerLinks formerLinks;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Claimant claimant, List<InConflict> conflicts, Tally total,
                List<Claim> latest);
    }

    /** Not found for a claimant without published claims; a merged claimant moved permanently to the one kept. */
    @GET
    @Path("/{id}")
    public TemplateInstance show(@RestPath long id) {
        Claimant claimant = Claimant.<Claimant> find("from Claimant c left join fetch c.party where c.id = ?1", id)
                .firstResult();
        if (claimant == null) {
            FormerName.currentOfId(FormerName.CLAIMANT, id).ifPresent(current -> formerLinks.movedTo("/claimants/" + current));
        }
        notFoundIfNull(claimant);
        List<InConflict> conflicts = records.byConflict(claimant);
        if (conflicts.isEmpty()) {
            throw new NotFoundException();
        }
        Tally total = ClaimantRecords.total(conflicts);
        List<Claim> latest = search
                .page(new ClaimFilters(null, claimant, null, null, null, null, null, null, null), LATEST_SHOWN)
                .claims();
        return Templates.show(claimant, conflicts, total, latest);
    }
}
