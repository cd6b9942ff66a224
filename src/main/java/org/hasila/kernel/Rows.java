package org.hasila.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

/** Questions about stored rows that every layer asks the same way. */
public final class Rows {

    private Rows() {
    }

    /**
     * Whether any row matches {@code from} (an entity and, if need be, a condition: {@code "Claim where published =
     * true"}): one row read, where a count reads every one (a million claims). Nothing pending is flushed for it.
     */
    public static boolean any(EntityManager em, String from) {
        return !em.createQuery("select 1 from " + from, Integer.class).setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
