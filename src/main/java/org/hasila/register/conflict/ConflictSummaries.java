package org.hasila.register.conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hasila.register.claim.PublishedData;

/**
 * The conflicts with published claims, each with its count and the as-of dates its claims span: added up from the
 * tally of published claims, kept until it changes, for the first screen, the conflict pages, the API and the
 * sitemap.
 */
@ApplicationScoped
public class ConflictSummaries {

    @Inject
    EntityManager em;

    @Inject
    PublishedData published;

    /**
     * A conflict, how many published claims it holds, the period they cover and their last change: with the count,
     * the conflict's version, which moves with any change of what readers see of its claims.
     */
    public record Summary(long id, String name, String slug, long claims, LocalDate first, LocalDate last,
            Instant lastChange) {
    }

    /** The most claims first. */
    public List<Summary> published() {
        return published.kept("conflict-summaries", () -> em.createQuery("""
                select new org.hasila.register.conflict.ConflictSummaries$Summary(c.id, c.name, c.slug, sum(t.claims),
                    min(t.firstAsOf), max(t.lastAsOf), max(t.lastChange))
                from PublishedTally t join Conflict c on c.id = t.conflictId group by c.id, c.name, c.slug
                order by sum(t.claims) desc, c.name""", Summary.class).getResultList());
    }

    /** Empty for a conflict without published claims. */
    public Optional<Summary> of(Conflict conflict) {
        return published().stream().filter(summary -> summary.id() == conflict.id).findFirst();
    }
}
