package org.hasila.timeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.hasila.kernel.Moment;
import org.hasila.web.Language;

/**
 * Answers for a timeline with an ETag and Last-Modified taken from the database: 304 when the client's copy is
 * current, the kept answer when this instance made it for the same version of the data, otherwise the timeline
 * computed afresh, or, while another request computes it, the latest answer ({@link LatestAnswers}). Tags and kept answers
 * derive from the database only, so instances on one database agree.
 */
@RequestScoped
public class TimelineResponses {

    /** How long a CDN may keep an embed, a chart or a download. */
    static final int SHARED_SECONDS = 300;

    /** How long anyone may keep a settled past state: a year, the longest HTTP caches honour. */
    static final int PAST_SECONDS = 31_536_000;

    /** What an answer holds: its body (text, bytes or an object for JSON), media type and extra headers. */
    public record Answer(Object entity, String mediaType, Map<String, String> headers) {

        public static Answer of(Object entity, String mediaType) {
            return new Answer(entity, mediaType, Map.of());
        }

        /** Text is kept as UTF-8 bytes, so that a kept answer is written out without encoding it again. */
        public static Answer text(String text, String mediaType) {
            return new Answer(text.getBytes(StandardCharsets.UTF_8), mediaType + "; charset=UTF-8", Map.of());
        }

        public Answer with(String header, String value) {
            return new Answer(entity, mediaType, Map.of(header, value));
        }
    }

    @Inject
    TimelineService service;

    @Inject
    Language language;

    @Inject
    Request http;

    @Inject
    @CacheName("timeline-version")
    Cache versions;

    @Inject
    @CacheName("timeline-answer")
    Cache answers;

    @Inject
    LatestAnswers latestAnswers;

    /**
     * @param shared whether caches between Hasila and the reader may keep the answer (nothing personal in it)
     * @param variant what is answered (page, svg, png...) and anything else the answer depends on
     */
    public Response answer(TimelineRequest request, boolean shared, String variant,
            Function<TimelineService.View, Answer> body) {
        return answer(request, shared, true, variant, body);
    }

    /**
     * @param ofItsMomentOnly whether the answer depends on nothing but the data of the moment it shows; a past
     *        state's page (today's retrieval date) and pinned embed ("Updated since") also depend on today's data
     */
    public Response answer(TimelineRequest request, boolean shared, boolean ofItsMomentOnly, String variant,
            Function<TimelineService.View, Answer> body) {
        TimelineService.Version version = versions.<String, TimelineService.Version> get(request.now().query(),
                key -> service.version(request.now())).await().indefinitely();
        // Shared answers may sit in a CDN for a few minutes; pages name who is logged in, so only the browser keeps them.
        String cache = shared ? "public, max-age=" + SHARED_SECONDS : "private, no-cache";
        String current = version.tag(variant, language.getCode(), request.query());
        Function<String, Answer> keptUnder = tag -> answers.<String, Answer> get(tag,
                key -> body.apply(service.view(request, language))).await().indefinitely();
        Moment at = request.at();
        if (at == null) {
            Date lastModified = Date.from(version.lastChange().truncatedTo(ChronoUnit.SECONDS));
            Response notModified = notModified(new EntityTag(current), lastModified, cache);
            if (notModified != null) {
                return notModified;
            }
            // Readers who ask while another computes the new version get the latest one at once (LatestAnswers)
            LatestAnswers.Latest latest = latestAnswers.whileComputing(current,
                    String.join("|", variant, language.getCode(), request.query()), () -> keptUnder.apply(current),
                    lastModified);
            return respond(new EntityTag(latest.tag()), latest.lastModified(), cache, latest::answer);
        }
        // A settled moment's state never changes, so its tag names only the moment and the variant: no revision
        // number, which drafts' saves move too. Until it settles, it is tagged like the current state.
        Instant now = Instant.now();
        boolean immutable = ofItsMomentOnly && at.settled(now);
        String tag = immutable
                ? "at-" + Integer.toHexString(String.join("|", variant, language.getCode(), request.query()).hashCode())
                : current + "-" + LocalDate.ofInstant(now, ZoneOffset.UTC);
        String pastCache = immutable ? (shared ? "public, " : "private, ") + "max-age=" + PAST_SECONDS + ", immutable"
                : cache;
        return respond(new EntityTag(tag), null, pastCache, () -> keptUnder.apply(tag));
    }

    /** 304 when the client's copy is this one; null otherwise. */
    private Response notModified(EntityTag tag, Date lastModified, String cache) {
        Response.ResponseBuilder notModified = lastModified == null ? http.evaluatePreconditions(tag)
                : http.evaluatePreconditions(lastModified, tag);
        return notModified == null ? null : notModified.tag(tag).header("Cache-Control", cache).build();
    }

    private Response respond(EntityTag tag, Date lastModified, String cache, Supplier<Answer> body) {
        Response notModified = notModified(tag, lastModified, cache);
        if (notModified != null) {
            return notModified;
        }
        Answer answer = body.get();
        Response.ResponseBuilder response = Response.ok(answer.entity(), answer.mediaType()).tag(tag)
                .header("Cache-Control", cache).header("Vary", Language.VARY);
        if (lastModified != null) {
            response.lastModified(lastModified);
        }
        answer.headers().forEach(response::header);
        return response.build();
    }
}
