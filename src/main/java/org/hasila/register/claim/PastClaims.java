package org.hasila.register.claim;

import java.time.Instant;
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

    /** The claims of one conflict, category and subject side that readers saw in {@code revision}, by id. */
    @Transactional
    public List<Claim> publishedIn(long revision, Conflict conflict, Category category, Party subject) {
        if (revision == 0) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Claim> claims = AuditReaderFactory.get(em).createQuery().forEntitiesAtRevision(Claim.class, revision)
                .add(AuditEntity.property("published").eq(true))
                .add(AuditEntity.relatedId("conflict").eq(conflict.id))
                .add(AuditEntity.relatedId("category").eq(category.slug))
                .add(AuditEntity.relatedId("subjectParty").eq(subject.id))
                .addOrder(AuditEntity.id().asc()).getResultList();
        return claims;
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

    /** The outlets each claim was read in, as they were in {@code revision}, a thousand claims at a time. */
    @Transactional
    public Map<Long, Set<String>> outlets(List<Long> ids, long revision) {
        Map<Long, Set<String>> outlets = new HashMap<>();
        AuditReader reader = AuditReaderFactory.get(em);
        for (int from = 0; from < ids.size(); from += 1000) {
            @SuppressWarnings("unchecked")
            List<ClaimSource> links = reader.createQuery().forEntitiesAtRevision(ClaimSource.class, revision)
                    .add(AuditEntity.relatedId("claim").in(ids.subList(from, Math.min(ids.size(), from + 1000)).toArray()))
                    .addOrder(AuditEntity.id().asc()).getResultList();
            links.forEach(link -> outlets.computeIfAbsent(link.claim.id, id -> new LinkedHashSet<>())
                    .add(link.source.outlet));
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
        @SuppressWarnings("unchecked")
        List<Object[]> versions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(Claim.class, false, true)
                .add(AuditEntity.relatedId("conflict").eq(conflict.id))
                .add(AuditEntity.relatedId("category").eq(category.slug))
                .add(AuditEntity.relatedId("subjectParty").eq(subject.id))
                .addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Map<Long, List<Object>> seen = new HashMap<>();
        Map<Long, Change> changes = new LinkedHashMap<>();
        for (Object[] version : versions) {
            Claim claim = (Claim) version[0];
            long revision = revisionNumber(version[1]);
            List<Object> before = seen.get(claim.id);
            List<Object> after = version[2] == RevisionType.DEL ? null : shown(claim);
            if (after == null) {
                seen.remove(claim.id);
            } else {
                seen.put(claim.id, after);
            }
            if (!Objects.equals(before, after)) {
                changes.computeIfAbsent(revision, r -> new Change(r, revisionTime(r)));
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
