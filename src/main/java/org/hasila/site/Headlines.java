package org.hasila.site;

import java.util.List;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimSearch;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.conflict.ConflictSummaries;

/**
 * The first screen's conflicts with their latest figures, kept until what readers see changes. A conflict's latest
 * claims are read again only when its summary moved (its count, period, name or last change): a publish reads the
 * latest claims of the one conflict it touched, not of every conflict (kept by summary, as {@code ConflictOverview}
 * keeps each timeline by what the tally says of it).
 */
@ApplicationScoped
public class Headlines {

    private static final int LATEST = 3;

    @Inject
    ConflictSummaries summaries;

    @Inject
    ClaimSearch search;

    @Inject
    PublishedData published;

    @Inject
    @CacheName("conflict-headline")
    Cache kept;

    /** A conflict on the first screen with its latest claims. */
    public record Headline(ConflictSummaries.Summary conflict, List<Claim> latest) {
    }

    /** The conflicts, most claims first. */
    public List<Headline> all() {
        return published.kept("home", this::computed);
    }

    private List<Headline> computed() {
        return summaries.published().stream().map(summary -> kept.<ConflictSummaries.Summary, Headline> get(summary,
                key -> new Headline(key, search.headlines(key.id(), LATEST))).await().indefinitely()).toList();
    }
}
