package org.hasila.register.claim;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * What readers' pages compute from all published claims (the first screen, the register's lists, the filter
 * forms' names, the sitemap, a conflict's overview), kept until any claim changes. Every change of a claim sets
 * its {@code updated_at}, so the last change and the highest id, both read at the end of an index, say whether a
 * kept answer is still true; they are read at most once a second ({@code "published-version"} cache).
 * <p>
 * When a claim changes, the next reader starts the new computation and waits for it up to
 * {@value #WAIT_MILLIS} ms; at a million claims it takes seconds, and readers get the previous answer until it is
 * done, rather than waiting for it.
 */
@ApplicationScoped
public class PublishedData {

    static final long WAIT_MILLIS = 300;

    @Inject
    EntityManager em;

    /**
     * Computes answers beside the request that asked. The asking request's transaction stays with it: shared with
     * the computation's thread, one connection was committed by one thread while the other used it (a 500 seen on
     * PostgreSQL).
     */
    private final ManagedExecutor executor = ManagedExecutor.builder().cleared(ThreadContext.TRANSACTION)
            .propagated(ThreadContext.ALL_REMAINING).build();

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();

    /** The state of the claims register: its last change and its newest claim. */
    public record Version(Instant lastChange, long newestClaim) {
    }

    private record Kept(Version version, Object answer) {
    }

    @CacheResult(cacheName = "published-version")
    public Version version() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object[] row = em.createQuery("select max(c.updatedAt), max(c.id) from Claim c", Object[].class)
                    .getSingleResult();
            return new Version(row[0] == null ? Instant.EPOCH : (Instant) row[0], row[1] == null ? 0 : (Long) row[1]);
        });
    }

    /** The answer for {@code what} as of the register's current state, or the previous one while it is computed. */
    @SuppressWarnings("unchecked")
    public <T> T kept(String what, Supplier<T> compute) {
        Version now = version();
        Kept before = kept.get(what);
        if (before != null && before.version().equals(now)) {
            return (T) before.answer();
        }
        CompletableFuture<Object> next = computing.computeIfAbsent(what, key -> executor.supplyAsync(() -> {
            Object answer = QuarkusTransaction.requiringNew().call(compute::get);
            kept.put(what, new Kept(now, answer));
            return answer;
        }));
        next.whenComplete((answer, failure) -> computing.remove(what, next));
        try {
            return (T) (before == null ? next.get() : next.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return (T) before.answer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
