package org.hasila.timeline;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.hasila.web.Msg;
import org.hasila.web.Texts;

/**
 * Answers for a timeline with an ETag and Last-Modified taken from the database: 304 when the client's copy is
 * current, otherwise the timeline computed afresh. Several instances on one database give the same tags.
 */
@RequestScoped
public class TimelineResponses {

    /** How long a CDN may keep an embed, a chart or a download. */
    static final int SHARED_SECONDS = 300;

    @Inject
    TimelineService service;

    @Inject
    Texts texts;

    @Inject
    Request http;

    /**
     * @param shared  whether caches between Hasila and the reader may keep the answer (nothing personal in it)
     * @param variant what is answered (page, svg, png...) and anything else the answer depends on
     */
    public Response answer(TimelineRequest request, boolean shared, String variant,
            Function<TimelineService.View, Response.ResponseBuilder> body) {
        Msg msg = texts.msg();
        TimelineService.Version version = service.version(request);
        EntityTag tag = new EntityTag(version.tag(variant, msg.lang(), request.query()));
        Date lastModified = Date.from(version.lastChange().truncatedTo(ChronoUnit.SECONDS));
        // Shared answers may sit in a CDN for a few minutes; pages name who is logged in, so only the browser keeps them.
        String cache = shared ? "public, max-age=" + SHARED_SECONDS : "private, no-cache";
        Response.ResponseBuilder notModified = http.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
            return notModified.tag(tag).header("Cache-Control", cache).build();
        }
        TimelineService.View view = service.view(request, msg, Locale.forLanguageTag(msg.lang()));
        return body.apply(view).tag(tag).lastModified(lastModified).header("Cache-Control", cache)
                .header("Vary", "Accept-Language").build();
    }
}
