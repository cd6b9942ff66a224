package org.hasila.register.claim;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * What readers' pages compute from the tally of published claims and the claims themselves (the first screen, the
 * register's lists, the filter forms' names, the sitemap, a conflict's overview), kept by each instance until what
 * readers see changes. Every such change moves the published version in the same transaction
 * ({@link PublishedSummaries}); it is read at most four times a second ({@code "published-version"} cache), so an
 * instance notices another's change within a quarter of a second, and its own at once.
 * <p>
 * After a change, the next reader starts the new computation and waits for it up to {@value #WAIT_MILLIS} ms: a
 * summary of the tally takes milliseconds; a conflict's overview, computed like its timelines from all its claims,
 * can take longer, and readers get the previous answer until it is done rather than waiting for it.
 */
@ApplicationScoped
public class PublishedData {

    static final long WAIT_MILLIS = 300;

    @Inject
    EntityManager em;

    @Inject
    @CacheName("published-version")
    Cache versions;

    /**
     * Computes answers beside the request that asked. The asking request's transaction stays with it: shared with
     * the computation's thread, one connection was committed by one thread while the other used it (a 500 seen on
     * PostgreSQL).
     */
    private final ManagedExecutor executor = ManagedExecutor.builder().cleared(ThreadContext.TRANSACTION)
            .propagated(ThreadContext.ALL_REMAINING).build();

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Object>> computing = new ConcurrentHashMap<>();

    private record Kept(long version, Object answer) {
    }

    /** How many times what readers see has changed. */
    @CacheResult(cacheName = "published-version")
    public long version() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em
                .createNativeQuery("select version from published_version where id = 1").getSingleResult())
                .longValue());
    }

    /** A change made here is read at once by this instance's next reader, not up to a second later. */
    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedSummaries.Moved moved) {
        versions.invalidateAll().await().indefinitely();
    }

    /** The answer for {@code what} as of the register's current state, or the previous one while it is computed. */
    @SuppressWarnings("unchecked")
    public <T> T kept(String what, Supplier<T> compute) {
        long now = version();
        Kept before = kept.get(what);
        if (before != null && before.version() == now) {
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
