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
import org.hasila.register.claim.PublishedData;
import org.hasila.register.claim.Status;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.conflict.ConflictSummaries;
import org.hasila.register.formername.FormerName;
import org.jboss.resteasy.reactive.RestPath;

/** A conflict for readers: who says what about each kind of loss, the latest claims, the disputed ones. */
@Path("/conflicts")
public class Conflicts extends Controller {

    private static final int LATEST_SHOWN = 10;

    @Inject
    ConflictOverview overview;

    @Inject
    ClaimSearch search;

    @Inject
    ConflictSummaries summaries;

    @Inject
    PublishedData published;

    @Inject
    FormerLinks formerLinks;

    /** What the page computes from all the conflict's claims, kept until a claim changes. */
    record Overview(List<ConflictOverview.Entry> entries, List<Claim> latest, List<Claim> disputed,
            List<Claim> retracted) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Conflict conflict, ConflictSummaries.Summary span,
                List<ConflictOverview.Entry> entries, List<Claim> latest, List<Claim> disputed, List<Claim> retracted);
    }

    /**
     * Not found for a conflict without published claims: readers see only what is published. A slug the conflict
     * had before a rename or a merge moved permanently to its current one.
     */
    @GET
    @Path("/{slug}")
    public TemplateInstance show(@RestPath String slug) {
        Conflict conflict = Conflict.<Conflict> find("slug", slug).firstResult();
        if (conflict == null) {
            FormerName.current(FormerName.CONFLICT, slug).map(id -> Conflict.<Conflict> findById(id))
                    .ifPresent(current -> formerLinks.movedTo("/conflicts/" + current.slug));
        }
        notFoundIfNull(conflict);
        ConflictSummaries.Summary span = summaries.of(conflict).orElseThrow(NotFoundException::new);
        Overview kept = published.kept("conflict|" + conflict.id,
                () -> new Overview(overview.overview(conflict.id), latest(conflict, null),
                        latest(conflict, Status.DISPUTED), latest(conflict, Status.RETRACTED)));
        return Templates.show(conflict, span, kept.entries(), kept.latest(), kept.disputed(), kept.retracted());
    }

    private List<Claim> latest(Conflict conflict, Status status) {
        return search.page(new ClaimFilters(conflict, null, null, null, null, status, null, null, null), LATEST_SHOWN)
                .claims();
    }
}
