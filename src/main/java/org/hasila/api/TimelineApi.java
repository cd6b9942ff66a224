package org.hasila.api;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hasila.timeline.TimelineFilters;
import org.hasila.timeline.TimelineJson;
import org.hasila.timeline.TimelineResponses;
import org.hasila.web.Msg;

/** The computed timeline as JSON: exactly what the chart draws (docs/api.md). */
@Path("/api/v1/timeline")
public class TimelineApi {

    @Inject
    TimelineResponses responses;

    /** One conflict, category, subject side and optionally item, by names or slugs; 400 with the reason otherwise. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response timeline(@QueryParam("conflict") String conflict, @QueryParam("category") String category,
            @QueryParam("subject") String subject, @QueryParam("item") String item, @QueryParam("as-of") String asOf) {
        TimelineFilters.Result result = TimelineFilters.read(conflict, category, subject, item, asOf,
                MessageBundles.get(Msg.class));
        if (result.request() == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, result.errors().all());
        }
        return responses.answer(result.request(), true, "api",
                view -> TimelineResponses.Answer.of(TimelineJson.of(view), MediaType.APPLICATION_JSON));
    }
}
