package org.hasila.timeline;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * The parts of a timeline page that grow with its claims (the rows of its claims table, its flags), each kept
 * rendered under what it shows and the page's language: a publish renders the row and flags it adds, not the
 * thousands of others, which Qute would otherwise render afresh for every new version of the page. A part that shows
 * anything else (a corrected figure, a name's new form, another outlet) is another key, so nothing kept is ever out of
 * date; the cache only forgets what no page has shown for a while.
 */
public final class KeptFragments {

    private record Key(Object shown, Locale locale) {
    }

    private final CaffeineCache kept;
    private final Locale locale;

    /**
     * Reads Caffeine itself: the cache's {@code get} wraps every call in a {@code Uni} with the request's context,
     * which cost more than rendering for a page's thousands of parts.
     */
    KeptFragments(Cache kept, Locale locale) {
        this.kept = kept.as(CaffeineCache.class);
        this.locale = locale;
    }

    /** The rows of the claims table. */
    public RawString rows(List<TimelineService.Row> rows) {
        return joined(rows, Timelines.Templates::show$claim_row);
    }

    /** The flags, each with links to the claims it concerns. */
    public RawString flags(List<Timeline.Flag> flags) {
        return joined(flags, Timelines.Templates::show$flag);
    }

    /** Joined here rather than in a loop of the page: Qute's evaluation of each part cost more than finding it. */
    private <T extends Record> RawString joined(List<T> parts, Function<T, TemplateInstance> fragment) {
        List<String> rendered = parts.stream().map(part -> kept(part, fragment)).toList();
        return new RawString(String.join("", rendered));
    }

    /** The fragment's output, in which Qute escaped everything the part holds. */
    private <T extends Record> String kept(T shown, Function<T, TemplateInstance> fragment) {
        Key key = new Key(shown, locale);
        CompletableFuture<String> found = kept.getIfPresent(key);
        if (found != null) {
            return found.join();
        }
        String rendered = fragment.apply(shown).setLocale(locale).render();
        kept.put(key, CompletableFuture.completedFuture(rendered));
        return rendered;
    }
}
