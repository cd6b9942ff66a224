package org.hasila.register.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.kernel.Slugged;
import org.hasila.register.category.Category;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.register.source.ClaimSource;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.exception.RevisionDoesNotExistException;
import org.hibernate.envers.query.AuditEntity;

/**
 * The published claims as readers saw them at a past moment, read from Envers' revisions: the revision current
 * at that moment, the claims published in it with their figures, statuses and sources as they were then, and
 * the moments a timeline's published data changed. Drafts are never returned, whatever their saves.
 */
@ApplicationScoped
public class PastClaims {

    /** What changed in a timeline's published data, at the moment of one revision. */
    public record Change(long revision, Instant when) {
    }

    /** A claim as a timeline read it in a past revision, with its claimant's name and side as they were then. */
    public record PastClaim(long id, Long claimantId, String claimant, String claimantParty, String item,
            Qualifier qualifier, Long valueExact, Long valueMin, Long valueMax, Counting counting, LocalDate periodStart,
            LocalDate periodEnd, AsOfPrecision precision, LocalDate statedOn, Status status) {
    }

    @Inject
    EntityManager em;

    /** The revision current at {@code instant}: the last one saved at or before it; 0 when there was none. */
    @Transactional
    public long revisionAt(Instant instant) {
        try {
            Number revision = AuditReaderFactory.get(em).getRevisionNumberForDate(Date.from(instant));
            return revision == null ? 0 : revision.longValue();
        } catch (RevisionDoesNotExistException e) {
            return 0;
        }
    }

    /**
     * The claims of one conflict, category and subject side that readers saw in {@code revision}, by id, with their
     * claimant's name and side as they were then: one query over the history tables (Envers' own reading loads each
     * claimant and side one by one).
     */
    @Transactional
    public List<PastClaim> publishedIn(long revision, Conflict conflict, Category category, Party subject) {
        if (revision == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.claimant_id, cl.name, p.name, c.item, c.qualifier, c.value_exact, c.value_min,
                    c.value_max, c.counting, c.period_start, c.period_end, c.as_of_precision, c.stated_on, c.status
                from claim_aud c
                left join claimant_aud cl on cl.id = c.claimant_id and cl.revtype <> 2
                    and cl.rev = (select max(x.rev) from claimant_aud x where x.id = c.claimant_id and x.rev <= :rev)
                left join party_aud p on p.id = cl.party_id and p.revtype <> 2
                    and p.rev = (select max(y.rev) from party_aud y where y.id = cl.party_id and y.rev <= :rev)
                where c.conflict_id = :conflict and c.category_slug = :category and c.subject_party_id = :subject
                    and c.published = true and c.revtype <> 2
                    and c.rev = (select max(a.rev) from claim_aud a where a.id = c.id and a.rev <= :rev)
                order by c.id""").setParameter("rev", revision).setParameter("conflict", conflict.id)
                .setParameter("category", category.slug).setParameter("subject", subject.id).getResultList();
        return rows.stream().map(row -> new PastClaim(number(row[0]), number(row[1]), (String) row[2],
                (String) row[3], (String) row[4], slug(Qualifier.class, row[5]), number(row[6]), number(row[7]),
                number(row[8]), slug(Counting.class, row[9]), date(row[10]), date(row[11]),
                slug(AsOfPrecision.class, row[12]), date(row[13]), slug(Status.class, row[14]))).toList();
    }

    /** The claim as readers saw it in {@code revision}, with its sources as they were; empty when they saw none. */
    @Transactional
    public Optional<Claim> published(long id, long revision) {
        if (revision == 0) {
            return Optional.empty();
        }
        AuditReader reader = AuditReaderFactory.get(em);
        Claim claim = reader.find(Claim.class, id, revision);
        if (claim == null || !claim.published) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<ClaimSource> links = reader.createQuery().forEntitiesAtRevision(ClaimSource.class, revision)
                .add(AuditEntity.relatedId("claim").eq(id)).addOrder(AuditEntity.id().asc()).getResultList();
        claim.sources = new ArrayList<>(links);
        // Pages and the API read the claim after this transaction: what they show is loaded now, as it was then.
        Hibernate.initialize(claim.conflict);
        Hibernate.initialize(claim.category);
        Hibernate.initialize(claim.subjectParty);
        Hibernate.initialize(claim.causedByParty);
        Hibernate.initialize(claim.claimant);
        Hibernate.initialize(claim.claimant.party);
        links.forEach(link -> {
            Hibernate.initialize(link.source);
            // Envers' own collection proxy: read the quote's translations as they were, while the session is open.
            link.translations.size();
        });
        return Optional.of(claim);
    }

    /**
     * When readers' view of one claim last changed at or before {@code until}: the last revision in which it was
     * published and differed from the one before, or was unpublished; null when they never saw it.
     */
    @Transactional
    public Instant lastPublishedChange(long id, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> versions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Claim.class, false, true)
                .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionProperty("timestamp").le(until.toEpochMilli()))
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        List<Object> before = null;
        Instant last = null;
        for (Object[] version : versions) {
            Claim claim = (Claim) version[0];
            List<Object> after = shown(claim);
            if (after != null) {
                after = new ArrayList<>(after);
                after.addAll(Arrays.asList(claim.notes, claim.statusReason));
            }
            if (!Objects.equals(before, after)) {
                last = revisionTime(revisionNumber(version[1]));
            }
            before = after;
        }
        return last;
    }

    /**
     * The outlets each claim was read in, as they were in {@code revision}, a thousand claims at a time: one query
     * over the history tables each (Envers' own reading loads each link's source one by one).
     */
    @Transactional
    public Map<Long, Set<String>> outlets(List<Long> ids, long revision) {
        Map<Long, Set<String>> outlets = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select l.claim_id, s.outlet from claim_source_aud l
                    join source_aud s on s.id = l.source_id and s.revtype <> 2
                        and s.rev = (select max(y.rev) from source_aud y where y.id = l.source_id and y.rev <= :rev)
                    where l.claim_id in (:ids) and l.revtype <> 2
                        and l.rev = (select max(x.rev) from claim_source_aud x where x.id = l.id and x.rev <= :rev)
                    order by l.id""").setParameter("rev", revision)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList();
            rows.forEach(row -> outlets.computeIfAbsent(number(row[0]), id -> new LinkedHashSet<>())
                    .add((String) row[1]));
        }
        return outlets;
    }

    /**
     * Every revision that changed what readers saw of one conflict, category and subject side's claims, oldest
     * first: a claim published or unpublished, or a published claim's figure, qualifier, counting, dates,
     * claimant, item or status changed. A draft's saves change nothing readers saw.
     */
    @Transactional
    public List<Change> changes(Conflict conflict, Category category, Party subject) {
        // Column values, not entities: reading every version as an entity loaded its claimant and revision one by one
        @SuppressWarnings("unchecked")
        List<Object[]> versions = em.createNativeQuery("""
                select c.id, r.id, r.timestamp, c.revtype, c.published, c.claimant_id, c.item, c.qualifier,
                    c.value_exact, c.value_min, c.value_max, c.counting, c.period_start, c.period_end,
                    c.as_of_precision, c.stated_on, c.status
                from claim_aud c join revision r on r.id = c.rev
                where c.conflict_id = :conflict and c.category_slug = :category and c.subject_party_id = :subject
                order by c.rev, c.id""").setParameter("conflict", conflict.id)
                .setParameter("category", category.slug).setParameter("subject", subject.id).getResultList();
        Map<Long, List<Object>> seen = new HashMap<>();
        Map<Long, Change> changes = new LinkedHashMap<>();
        for (Object[] version : versions) {
            long id = number(version[0]);
            long revision = number(version[1]);
            boolean shown = number(version[3]).intValue() != RevisionType.DEL.getRepresentation()
                    && Boolean.TRUE.equals(version[4]);
            // What readers see of a claim in a timeline: nothing of a draft
            List<Object> after = shown ? Arrays.asList(Arrays.copyOfRange(version, 5, version.length)) : null;
            List<Object> before = after == null ? seen.remove(id) : seen.put(id, after);
            if (!Objects.equals(before, after)) {
                changes.computeIfAbsent(revision, r -> new Change(r, Instant.ofEpochMilli(number(version[2]))));
            }
        }
        return List.copyOf(changes.values());
    }

    /** The number of a revision entity (review's {@code Revision}, which the register does not know), by its id. */
    private long revisionNumber(Object revision) {
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(revision)).longValue();
    }

    private Instant revisionTime(long revision) {
        return AuditReaderFactory.get(em).getRevisionDate(revision).toInstant();
    }

    /** A number column of a native query over the history tables (review's corrections read them too). */
    public static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A date column of a native query: H2 and PostgreSQL's drivers answer with either type. */
    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** An enum stored by its slug, as a native query reads it. */
    public static <E extends Enum<E> & Slugged> E slug(Class<E> type, Object value) {
        return value == null ? null : Slugged.fromSlug(type, (String) value);
    }

    /** What readers see of a claim in a timeline; null for a draft, which they do not see. */
    private static List<Object> shown(Claim claim) {
        if (!claim.published) {
            return null;
        }
        return Arrays.asList(claim.claimant.id, claim.item, claim.qualifier, claim.valueExact,
                claim.valueMin, claim.valueMax, claim.counting, claim.periodStart, claim.periodEnd, claim.asOfPrecision,
                claim.statedOn, claim.status);
    }
}
