package org.hasila.timeline;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.PastClaims;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;

/**
 * The one query of a timeline's claims: published claims only, as the computation reads them. A timeline's page
 * and a conflict's "who says what" read them here, so the two never disagree.
 */
@ApplicationScoped
public class TimelineClaims {

    private static final String COLUMNS = """
            c.id, cl.id, cl.name, p.name, c.item, c.qualifier, c.valueExact, c.valueMin, c.valueMax, c.counting,
            c.periodStart, c.periodEnd, c.asOfPrecision, c.statedOn, c.status""";
    private static final String PUBLISHED = " from Claim c join c.claimant cl left join cl.party p where c.published = true ";

    @Inject
    EntityManager em;

    @Inject
    PastClaims pastClaims;

    /** The published claims of one timeline, oldest entry first. */
    public List<TimelineClaim> of(TimelineRequest request) {
        return em.createQuery("select " + COLUMNS + PUBLISHED + """
                and c.conflict = :conflict and c.category = :category and c.subjectParty = :subject
                order by c.id""", Object[].class)
                .setParameter("conflict", request.conflict()).setParameter("category", request.category())
                .setParameter("subject", request.subject()).getResultStream().map(row -> claim(row, 0)).toList();
    }

    /** The claims of one timeline that readers saw in a past {@code revision} ({@link PastClaims}), by id. */
    public List<TimelineClaim> at(TimelineRequest request, long revision) {
        return pastClaims.publishedIn(revision, request.conflict(), request.category(), request.subject()).stream()
                .map(c -> new TimelineClaim(c.id(), c.claimantId(), c.claimant(), c.claimantParty(), c.item(),
                        c.qualifier(), c.valueExact(), c.valueMin(), c.valueMax(), c.counting(), c.periodStart(),
                        c.periodEnd(), c.precision(), c.statedOn(), c.status()))
                .toList();
    }

    private static TimelineClaim claim(Object[] row, int at) {
        return new TimelineClaim((Long) row[at], (Long) row[at + 1], (String) row[at + 2], (String) row[at + 3],
                (String) row[at + 4], (Qualifier) row[at + 5], (Long) row[at + 6], (Long) row[at + 7],
                (Long) row[at + 8], (Counting) row[at + 9], (LocalDate) row[at + 10], (LocalDate) row[at + 11],
                (AsOfPrecision) row[at + 12], (LocalDate) row[at + 13], (Status) row[at + 14]);
    }
}
