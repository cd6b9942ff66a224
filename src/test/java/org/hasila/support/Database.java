package org.hasila.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hasila.register.claim.PublishedSummaries;

/** Empties the claims register between tests that need an empty instance; accounts and categories stay. */
@ApplicationScoped
public class Database {

    @Inject
    EntityManager em;

    /** The updates below change claims as the review screens do, tally included. */
    @Inject
    PublishedSummaries summaries;

    /** What an editor's retraction does (the review screens come later): status and reason, a new change time. */
    @Transactional
    public void retract(long claimId, String reason) {
        em.createQuery("update Claim set status = ?1, statusReason = ?2, updatedAt = ?3 where id = ?4")
                .setParameter(1, org.hasila.register.claim.Status.RETRACTED).setParameter(2, reason)
                .setParameter(3, java.time.Instant.now()).setParameter(4, claimId).executeUpdate();
        summaries.recount(java.util.List.of(em.find(org.hasila.register.claim.Claim.class, claimId)));
    }

    /** What an editor's "dispute" does: status and reason, a new change time. */
    @Transactional
    public void dispute(long claimId, String reason) {
        em.createQuery("update Claim set status = ?1, statusReason = ?2, updatedAt = ?3 where id = ?4")
                .setParameter(1, org.hasila.register.claim.Status.DISPUTED).setParameter(2, reason)
                .setParameter(3, java.time.Instant.now()).setParameter(4, claimId).executeUpdate();
        summaries.recount(java.util.List.of(em.find(org.hasila.register.claim.Claim.class, claimId)));
    }

    /** What an editor's "unpublish" does: readers no longer see the claim, and it changed now. */
    @Transactional
    public void unpublish(long claimId) {
        em.createQuery("update Claim set published = false, publishedAt = null, updatedAt = ?1 where id = ?2")
                .setParameter(1, java.time.Instant.now()).setParameter(2, claimId).executeUpdate();
        summaries.recount(java.util.List.of(em.find(org.hasila.register.claim.Claim.class, claimId)));
    }

    @Transactional
    public long claimId(String claimant, long value) {
        return em.createQuery("select id from Claim where claimant.name = ?1 and valueExact = ?2", Long.class)
                .setParameter(1, claimant).setParameter(2, value).getSingleResult();
    }

    /** A stored claim's column, exactly as stored. */
    @Transactional
    public Object claimField(long claimId, String field) {
        return em.createQuery("select c." + field + " from Claim c where c.id = ?1").setParameter(1, claimId)
                .getSingleResult();
    }

    @Transactional
    public Object sourceField(long sourceId, String field) {
        return em.createQuery("select s." + field + " from Source s where s.id = ?1").setParameter(1, sourceId)
                .getSingleResult();
    }

    /** How many sources a claim is read in. */
    @Transactional
    public long countSources(long claimId) {
        return em.createQuery("select count(*) from ClaimSource where claim.id = ?1", Long.class)
                .setParameter(1, claimId).getSingleResult();
    }

    /** The name of the party a claim's claimant speaks for; null for an independent one. */
    @Transactional
    public String claimantSide(long claimId) {
        return em.createQuery("select p.name from Claim c join c.claimant k left join k.party p where c.id = ?1",
                String.class).setParameter(1, claimId).getSingleResult();
    }

    @Transactional
    public long countParties() {
        return em.createQuery("select count(*) from Party", Long.class).getSingleResult();
    }

    @Transactional
    public long countClaims() {
        return em.createQuery("select count(*) from Claim", Long.class).getSingleResult();
    }

    @Transactional
    public long countDrafts() {
        return em.createQuery("select count(*) from Claim where published = false", Long.class).getSingleResult();
    }

    /** The id of a stored thing by its name: {@code idOf("Claimant", "name", "Oryx")}. */
    @Transactional
    public long idOf(String entity, String field, String value) {
        return em.createQuery("select e.id from " + entity + " e where e." + field + " = ?1", Long.class)
                .setParameter(1, value).getSingleResult();
    }

    /** Every change to a name's forms in other languages, oldest first: the form and the reason given. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.List<Object[]> nameFormHistory() {
        return em.createNativeQuery("select a.name, r.reason from name_translation_aud a join revision r on r.id = a.rev"
                + " order by a.rev").getResultList();
    }

    /** As if the claim had been entered by this person at the desk. */
    @Transactional
    public void enteredBy(long claimId, String username) {
        em.createQuery("update Claim set createdBy = ?1 where id = ?2").setParameter(1, username)
                .setParameter(2, claimId).executeUpdate();
    }

    /** How many rows of a table hold this value in this column. */
    @Transactional
    public long count(String table, String column, Object value) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + column + " = ?1")
                .setParameter(1, value).getSingleResult()).longValue();
    }

    /** The readers' tally lost, as a restore without it would leave it. */
    @Transactional
    public void emptyPublishedTally() {
        em.createNativeQuery("delete from published_tally").executeUpdate();
    }

    @Transactional
    public void emptyClaimsRegister() {
        for (String table : new String[] { "quote_translation_aud", "quote_translation", "claim_source_aud", "claim_aud",
                "source_aud", "claimant_aud", "party_aud", "conflict_aud", "name_translation_aud", "name_translation",
                "revision", "former_name", "claim_source", "claim", "source", "claimant", "party", "conflict",
                "pending_import", "import_job" }) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        summaries.rebuild();
    }
}
