package org.hasila.timeline;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hasila.register.claim.PublishedData;

/**
 * Every timeline that has published claims (conflict, category, subject side), kept until a claim changes: what
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
                select new org.hasila.timeline.PublishedTimelines$Entry(c.conflict.name, c.conflict.slug,
                    c.category.slug, c.subjectParty.name, count(c))
                from Claim c where c.published = true
                group by c.conflict.name, c.conflict.slug, c.category.slug, c.category.sortOrder, c.subjectParty.name
                order by c.conflict.name, c.category.sortOrder, c.subjectParty.name""", Entry.class).getResultList());
    }
}
