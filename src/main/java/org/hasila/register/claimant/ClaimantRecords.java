package org.hasila.register.claimant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A claimant's record with readers: how many of its published claims there are, how many were disputed and how
 * many retracted. The claimant's page and the API count them here, the same way.
 */
@ApplicationScoped
public class ClaimantRecords {

    /** How a claimant's published claims fared, in one conflict or in all. */
    public record Tally(long claims, long disputed, long retracted) {

        static Tally of(Object[] row, int at) {
            return new Tally(((Number) row[at]).longValue(), ((Number) row[at + 1]).longValue(),
                    ((Number) row[at + 2]).longValue());
        }
    }

    /** A conflict the claimant spoke about, and how its claims there fared. */
    public record InConflict(String conflict, String conflictSlug, long claims, long disputed, long retracted) {
    }

    /** A claimant with published claims, the side it speaks for (null: independent), and its whole record. */
    public record OfClaimant(long id, String name, String side, Tally tally) {
    }

    /** Added up from the tally of published claims, which keeps each status' slug. */
    private static final String TALLY = """
            sum(t.claims), sum(case when t.status = 'disputed' then t.claims else 0 end),
            sum(case when t.status = 'retracted' then t.claims else 0 end)""";

    @Inject
    EntityManager em;

    /** The claimant's record in each conflict, where it has the most claims first. */
    public List<InConflict> byConflict(Claimant claimant) {
        return em.createQuery("select c.name, c.slug, " + TALLY + """
                 from PublishedTally t join Conflict c on c.id = t.conflictId where t.claimantId = :claimant
                group by c.name, c.slug order by sum(t.claims) desc, c.name""", Object[].class)
                .setParameter("claimant", claimant.id).getResultStream()
                .map(row -> new InConflict((String) row[0], (String) row[1], (Long) row[2], (Long) row[3],
                        (Long) row[4]))
                .toList();
    }

    /** The record of a claimant across the conflicts given. */
    public static Tally total(List<InConflict> conflicts) {
        return new Tally(conflicts.stream().mapToLong(InConflict::claims).sum(),
                conflicts.stream().mapToLong(InConflict::disputed).sum(),
                conflicts.stream().mapToLong(InConflict::retracted).sum());
    }

    /** Every claimant with published claims, by name. */
    public List<OfClaimant> all() {
        return em.createQuery("select cl.id, cl.name, p.name, " + TALLY + """
                 from PublishedTally t join Claimant cl on cl.id = t.claimantId left join cl.party p
                group by cl.id, cl.name, p.name order by cl.name""", Object[].class).getResultStream()
                .map(row -> new OfClaimant((Long) row[0], (String) row[1], (String) row[2], Tally.of(row, 3))).toList();
    }
}
