package org.hasila.register.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;

/**
 * Published claims that pass the filters, newest as-of date first, a page at a time. Pages are cut by the last
 * claim's as-of date and id (keyset), never by an offset, so the thousandth page costs what the first does.
 * <p>
 * Every order here names the columns of the {@code claim_list_*} index it is read from (V5), its equal leading
 * columns included: H2 reads an index in order only when the order names them, and otherwise sorted every
 * published claim of the list (at a million claims, 1.8 s for one conflict's first-screen headlines).
 */
@ApplicationScoped
public class ClaimSearch {

    public static final int PAGE_SIZE = 50;
    private static final int COMPETING_SHOWN = 20;

    @Inject
    EntityManager em;

    /** One page of claims with their sources, and where the next page starts (null on the last page). */
    public record Page(List<Claim> claims, ClaimFilters.Cursor next) {
    }

    public Page page(ClaimFilters filters) {
        return page(filters, PAGE_SIZE);
    }

    @Transactional
    public Page page(ClaimFilters filters, int size) {
        StringBuilder where = new StringBuilder("c.published = true");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "c.conflict = :conflict", "conflict", filters.conflict());
        condition(where, parameters, "c.claimant = :claimant", "claimant", filters.claimant());
        condition(where, parameters, "c.subjectParty = :subject", "subject", filters.subjectSide());
        condition(where, parameters, "c.claimant.party = :claimantSide", "claimantSide", filters.claimantSide());
        condition(where, parameters, "c.category = :category", "category", filters.category());
        condition(where, parameters, "c.status = :status", "status", filters.status());
        condition(where, parameters, "c.periodEnd >= :from", "from", filters.from());
        condition(where, parameters, "c.periodEnd <= :to", "to", filters.to());
        if (filters.after() != null) {
            // The first condition alone bounds the index range; the second cuts within the page's last date.
            where.append(" and c.periodEnd <= :afterDate and (c.periodEnd < :afterDate or c.id < :afterId)");
            parameters.put("afterDate", filters.after().periodEnd());
            parameters.put("afterId", filters.after().id());
        }
        TypedQuery<Object[]> keys = em.createQuery(
                "select c.id, c.periodEnd from Claim c where " + where + " order by " + listOrder(filters),
                Object[].class);
        parameters.forEach(keys::setParameter);
        List<Object[]> found = keys.setMaxResults(size + 1).getResultList();
        ClaimFilters.Cursor next = null;
        if (found.size() > size) {
            Object[] last = found.get(size - 1);
            next = new ClaimFilters.Cursor((java.time.LocalDate) last[1], (Long) last[0]);
            found = found.subList(0, size);
        }
        return new Page(withSources(found.stream().map(row -> (Long) row[0]).toList()), next);
    }

    /** The claims with these ids, in this order, with everything a list or the API shows of them. */
    @Transactional
    public List<Claim> withSources(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>(em.createQuery("""
                select distinct c from Claim c join fetch c.conflict join fetch c.claimant cl left join fetch cl.party
                join fetch c.subjectParty left join fetch c.causedByParty join fetch c.category
                left join fetch c.sources cs left join fetch cs.source
                where c.id in :ids""", Claim.class).setParameter("ids", ids).getResultList());
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        claims.sort(Comparator.comparing(claim -> position.get(claim.id)));
        // The quotes' translations too, in batches: a second list cannot be fetched in the same query.
        claims.forEach(claim -> claim.sources.forEach(link -> Hibernate.initialize(link.translations)));
        return claims;
    }

    /** A conflict's latest figures for its first screen: claims with a figure that stand (not retracted). */
    @Transactional
    public List<Claim> headlines(Long conflictId, int size) {
        return withSources(em
                .createQuery(
                        """
                                select c.id from Claim c where c.published = true and c.conflict.id = :conflict
                                and c.qualifier <> org.hasila.register.claim.Qualifier.UNSPECIFIED and c.status <> org.hasila.register.claim.Status.RETRACTED
                                order by"""
                                + listOrder("c.conflict.id"),
                        Long.class)
                .setParameter("conflict", conflictId)
                .setMaxResults(size).getResultList());
    }

    /** What other claimants said about the same losses: same conflict, category and subject side, latest first. */
    @Transactional
    public List<Claim> competing(Claim claim) {
        return withSources(em.createQuery("""
                select c.id from Claim c where c.published = true and c.conflict = :conflict
                and c.category = :category and c.subjectParty = :subject and c.claimant <> :claimant
                order by""" + listOrder("c.subjectParty.id"), Long.class).setParameter("conflict", claim.conflict)
                .setParameter("category", claim.category).setParameter("subject", claim.subjectParty)
                .setParameter("claimant", claim.claimant).setMaxResults(COMPETING_SHOWN).getResultList());
    }

    /**
     * The order of a list read from the index of its most selective equal filter: claimant (a few thousand claims
     * at a million), subject side, conflict, category, status; the published claims' own index without one.
     */
    private static String listOrder(ClaimFilters filters) {
        if (filters.claimant() != null) {
            return listOrder("c.claimant.id");
        }
        if (filters.subjectSide() != null) {
            return listOrder("c.subjectParty.id");
        }
        if (filters.conflict() != null) {
            return listOrder("c.conflict.id");
        }
        if (filters.category() != null) {
            return listOrder("c.category.slug");
        }
        return listOrder(filters.status() != null ? "c.status" : null);
    }

    /** Newest as-of date first, after the equal columns that lead the index: {@code c.conflict.id}, or none. */
    private static String listOrder(String leading) {
        return (leading == null ? "" : " " + leading + ",") + " c.published, c.periodEnd desc, c.id desc";
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
