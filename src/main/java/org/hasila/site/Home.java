package org.hasila.site;

import java.util.List;

import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimSearch;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.conflict.ConflictSummaries;

/** The first screen: the conflicts with published claims, each with its period and latest figures. */
@Path("/")
public class Home extends Controller {

    private static final int HEADLINES = 3;

    @Inject
    ConflictSummaries summaries;

    @Inject
    ClaimSearch search;

    @Inject
    PublishedData published;

    /** A conflict on the first screen with its latest claims. */
    public record Headline(ConflictSummaries.Summary conflict, List<Claim> latest) {
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
        return summaries.published().stream()
                .map(summary -> new Headline(summary, search.headlines(summary.id(), HEADLINES))).toList();
    }
}
