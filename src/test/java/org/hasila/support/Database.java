package org.hasila.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Empties the claims register between tests that need an empty instance; accounts and categories stay. */
@ApplicationScoped
public class Database {

    @Inject
    EntityManager em;

    /** What an editor's retraction does (the review screens come later): status and reason, a new change time. */
    @Transactional
    public void retract(long claimId, String reason) {
        em.createQuery("update Claim set status = ?1, statusReason = ?2, updatedAt = ?3 where id = ?4")
                .setParameter(1, org.hasila.register.claim.Status.RETRACTED).setParameter(2, reason)
                .setParameter(3, java.time.Instant.now()).setParameter(4, claimId).executeUpdate();
    }

    /** What an editor's "unpublish" does: readers no longer see the claim, and it changed now. */
    @Transactional
    public void unpublish(long claimId) {
        em.createQuery("update Claim set published = false, publishedAt = null, updatedAt = ?1 where id = ?2")
                .setParameter(1, java.time.Instant.now()).setParameter(2, claimId).executeUpdate();
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

    @Transactional
    public void emptyClaimsRegister() {
        for (String table : new String[] { "claim_source_aud", "claim_aud", "source_aud", "claimant_aud", "party_aud",
                "revision", "claim_source", "claim", "source", "claimant", "party", "conflict", "pending_import" }) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }
}
