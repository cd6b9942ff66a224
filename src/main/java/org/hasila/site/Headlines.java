package org.hasila.site;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimSearch;
import org.hasila.register.claim.PublishedData;
import org.hasila.register.conflict.ConflictSummaries;

/**
 * The first screen's conflicts with their latest figures, kept until what readers see changes. A conflict's latest
 * claims are read again only when its summary moved (its count, period, name or last change): a publish reads the
 * latest claims of the one conflict it touched, not of every conflict.
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

    /** The headlines last computed, by conflict id: written only by the one computation of the first screen. */
    private final Map<Long, Headline> last = new ConcurrentHashMap<>();

    /** A conflict on the first screen with its latest claims. */
    public record Headline(ConflictSummaries.Summary conflict, List<Claim> latest) {
    }

    /** The conflicts, most claims first. */
    public List<Headline> all() {
        return published.kept("home", this::computed);
    }

    private List<Headline> computed() {
        List<Headline> now = summaries.published().stream().map(summary -> {
            Headline before = last.get(summary.id());
            return before != null && before.conflict().equals(summary) ? before
                    : new Headline(summary, search.headlines(summary.id(), LATEST));
        }).toList();
        last.clear();
        now.forEach(headline -> last.put(headline.conflict().id(), headline));
        return now;
    }
}
