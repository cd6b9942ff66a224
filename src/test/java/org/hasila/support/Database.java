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

    @Transactional
    public long countClaims() {
        return em.createQuery("select count(*) from Claim", Long.class).getSingleResult();
    }

    @Transactional
    public void emptyClaimsRegister() {
        for (String table : new String[] { "claim_source", "claim", "source", "claimant", "party", "conflict",
                "pending_import" }) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
    }
}
