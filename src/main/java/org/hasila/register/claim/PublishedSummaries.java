package org.hasila.register.claim;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.kernel.Rows;
import org.jboss.logging.Logger;

/**
 * Keeps the tally of published claims ({@link PublishedTally}) that readers' summaries add up. The code that changes
 * what readers see of a claim calls {@link #recount} in the same transaction, after the change: only the rows of the
 * conflicts and claimants it touched are counted again, from their claims, with one aggregate each; the published
 * version moves, so that every instance computes its kept answers again within a second.
 */
@ApplicationScoped
public class PublishedSummaries {

    private static final Logger LOG = Logger.getLogger(PublishedSummaries.class);

    /** Past this many pairs, counting everything again reads fewer claims than counting each pair. */
    static final int MOST_PAIRS = 200;

    private static final String COLUMNS = """
            conflict_id, claimant_id, category_slug, subject_party_id, status""";

    private static final String TALLY = "select " + COLUMNS + """
            , count(*), min(coalesce(period_start, period_end)), max(period_end), max(updated_at)
            from claim where published = true%s
            group by\s""" + COLUMNS;

    @Inject
    EntityManager em;

    @Inject
    Event<Moved> moved;

    /**
     * The published version moved in the transaction that fires it: observers after its commit drop what this
     * instance read of the versions, so that its own change shows at once; other instances notice within a second.
     */
    public record Moved() {
    }

    /** The claims of one claimant in one conflict: what a change recounts. */
    public record Pair(long conflictId, long claimantId) {

        public static Pair of(Claim claim) {
            return new Pair(claim.conflict.id, claim.claimant.id);
        }
    }

    /** A row of the tally, as kept or as counted from the claims. */
    public record Row(long conflictId, long claimantId, String categorySlug, long subjectPartyId, String status,
            long claims, LocalDate firstAsOf, LocalDate lastAsOf, Instant lastChange) {

        static Row of(Object[] row) {
            return new Row(number(row[0]), number(row[1]), (String) row[2], number(row[3]), (String) row[4],
                    number(row[5]), date(row[6]), date(row[7]), instant(row[8]));
        }
    }

    /** Counts again the rows of these claims' conflicts and claimants, as the claims are now. */
    @Transactional
    public void recount(Collection<Claim> claims) {
        recountPairs(claims.stream().map(Pair::of).toList());
    }

    /**
     * Counts again the rows of these conflicts and claimants. A change that moves a claim to another conflict or
     * claimant gives the pair it had too.
     */
    @Transactional
    public void recountPairs(Collection<Pair> pairs) {
        em.flush();
        moveVersion();
        Set<Pair> distinct = new LinkedHashSet<>(pairs);
        if (distinct.size() > MOST_PAIRS) {
            countAll();
            return;
        }
        for (Pair pair : distinct) {
            em.createNativeQuery("delete from published_tally where conflict_id = ?1 and claimant_id = ?2")
                    .setParameter(1, pair.conflictId()).setParameter(2, pair.claimantId()).executeUpdate();
            em.createNativeQuery(insert(" and conflict_id = ?1 and claimant_id = ?2"))
                    .setParameter(1, pair.conflictId()).setParameter(2, pair.claimantId()).executeUpdate();
        }
    }

    /**
     * Counts again the rows of every conflict and claimant of a claim changed since {@code since}: the importer's
     * one call at the end of its storing, whatever it stored and however.
     */
    @Transactional
    public void recountChangedSince(Instant since) {
        em.flush();
        List<Pair> pairs = em
                .createQuery("select distinct c.conflict.id, c.claimant.id from Claim c where c.updatedAt >= ?1",
                        Object[].class)
                .setParameter(1, since).getResultStream().map(row -> new Pair((Long) row[0], (Long) row[1]))
                .toList();
        if (!pairs.isEmpty()) {
            recountPairs(pairs);
        }
    }

    /** Counts every row again from all claims: the repair when the tally was lost. */
    @Transactional
    public void rebuild() {
        em.flush();
        moveVersion();
        countAll();
    }

    /** The tally as kept, in key order. */
    @Transactional
    public List<Row> kept() {
        return rows("select " + COLUMNS + ", claims, first_as_of, last_as_of, last_change from published_tally order by "
                + COLUMNS);
    }

    /** The tally counted afresh from every published claim, in key order; nothing is stored. */
    @Transactional
    public List<Row> recomputed() {
        return rows(TALLY.formatted("") + " order by " + COLUMNS);
    }

    /** A tally lost (emptied by hand, restored without it) is counted again at the start. */
    @Transactional
    void repair(@Observes StartupEvent start) {
        if (!Rows.any(em, "PublishedTally") && Rows.any(em, "Claim where published = true")) {
            long began = System.nanoTime();
            rebuild();
            LOG.infof("Readers' summaries counted again in %d ms", (System.nanoTime() - began) / 1_000_000);
        }
    }

    private void countAll() {
        em.createNativeQuery("delete from published_tally").executeUpdate();
        em.createNativeQuery(insert("")).executeUpdate();
    }

    /** Taken first by every writer: changes of the tally follow one another. */
    private void moveVersion() {
        em.createNativeQuery("update published_version set version = version + 1 where id = 1").executeUpdate();
        moved.fire(new Moved());
    }

    private static String insert(String where) {
        return "insert into published_tally (" + COLUMNS + ", claims, first_as_of, last_as_of, last_change) "
                + TALLY.formatted(where);
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String sql) {
        return ((List<Object[]>) em.createNativeQuery(sql).getResultList()).stream().map(Row::of).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
