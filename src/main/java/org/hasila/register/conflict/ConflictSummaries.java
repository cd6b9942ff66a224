package org.hasila.register.conflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hasila.register.claim.PublishedData;

/**
 * The conflicts with published claims, each with its count and the as-of dates its claims span: one reading of
 * every published claim, kept until a claim changes, for the first screen, the conflict pages, the API and the
 * sitemap.
 */
@ApplicationScoped
public class ConflictSummaries {

    @Inject
    EntityManager em;

    @Inject
    PublishedData published;

    /** A conflict, how many published claims it holds and the period they cover. */
    public record Summary(long id, String name, String slug, long claims, LocalDate first, LocalDate last) {
    }

    /** The most claims first. */
    public List<Summary> published() {
        return published.kept("conflict-summaries", () -> em.createQuery("""
                select new org.hasila.register.conflict.ConflictSummaries$Summary(c.conflict.id, c.conflict.name,
                    c.conflict.slug, count(c), min(coalesce(c.periodStart, c.periodEnd)), max(c.periodEnd))
                from Claim c where c.published = true group by c.conflict.id, c.conflict.name, c.conflict.slug
                order by count(c) desc, c.conflict.name""", Summary.class).getResultList());
    }

    /** Empty for a conflict without published claims. */
    public Optional<Summary> of(Conflict conflict) {
        return published().stream().filter(summary -> summary.id() == conflict.id).findFirst();
    }
}
