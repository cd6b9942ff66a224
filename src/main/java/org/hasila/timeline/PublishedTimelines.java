package org.hasila.timeline;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hasila.register.claim.PublishedData;

/**
 * Every timeline that has published claims (conflict, category, subject side), added up from the tally of published
 * claims and kept until it changes: what
 * {@code /api/v1/timelines} lists and the sitemap links.
 */
@ApplicationScoped
public class PublishedTimelines {

    @Inject
    EntityManager em;

    @Inject
    PublishedData published;

    /** A timeline with published claims, and where its computed series are. */
    public record Entry(String conflict, @JsonProperty("conflict_slug") String conflictSlug, String category,
            String subject, long claims) {

        @JsonProperty("href")
        public String href() {
            return "/api/v1/timeline?" + TimelineRequest.query(conflictSlug, category, subject);
        }
    }

    /** By conflict name, category order and subject side. */
    public List<Entry> all() {
        return published.kept("published-timelines", () -> em.createQuery("""
                select new org.hasila.timeline.PublishedTimelines$Entry(c.name, c.slug, g.slug, p.name, sum(t.claims))
                from PublishedTally t join Conflict c on c.id = t.conflictId join Category g on g.slug = t.categorySlug
                    join Party p on p.id = t.subjectPartyId
                group by c.name, c.slug, g.slug, g.sortOrder, p.name
                order by c.name, g.sortOrder, p.name""", Entry.class).getResultList());
    }
}
