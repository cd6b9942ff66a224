package org.hasila.timeline;

import java.util.Date;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The latest answer of each timeline request, for the readers who ask while its new version is computed: one reader
 * computes it, the others get the latest answer at once, under its own tag and date, rather than queueing behind the
 * computation (a large timeline after an import: hundreds of milliseconds for every reader at once). They see the
 * change a moment later, as they would had they asked a moment earlier.
 */
@ApplicationScoped
public class LatestAnswers {

    /** An answer with the tag and date it was made under. */
    public record Latest(String tag, Date lastModified, TimelineResponses.Answer answer) {
    }

    private final CaffeineCache latest;

    /** The tags of the answers being computed on this instance. */
    private final Set<String> computing = ConcurrentHashMap.newKeySet();

    @Inject
    LatestAnswers(@CacheName("timeline-latest") Cache latest) {
        this.latest = latest.as(CaffeineCache.class);
    }

    /**
     * The answer under {@code tag}, computed by {@code compute} unless another request is already computing it and an
     * earlier answer of the same {@code request} is kept, which is then answered instead.
     */
    Latest whileComputing(String tag, String request, Supplier<TimelineResponses.Answer> compute, Date lastModified) {
        CompletableFuture<Latest> kept = latest.getIfPresent(request);
        Latest before = kept == null ? null : kept.join();
        boolean computes = before == null || before.tag().equals(tag) || computing.add(tag);
        if (!computes) {
            return before;
        }
        try {
            Latest now = new Latest(tag, lastModified, compute.get());
            latest.put(request, CompletableFuture.completedFuture(now));
            return now;
        } finally {
            computing.remove(tag);
        }
    }
}
