package org.hasila.api;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hasila.register.conflict.Conflict;
import org.hasila.timeline.PublishedTimelines;
import org.hasila.timeline.TimelineFilters;
import org.hasila.timeline.TimelineJson;
import org.hasila.timeline.TimelineResponses;
import org.hasila.web.ApiError;
import org.hasila.web.FilterMessages;

/** The computed timeline as JSON: exactly what the chart draws (docs/api.md). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineApi {

    @Inject
    TimelineResponses responses;

    @Inject
    PublishedTimelines timelines;

    /** Every timeline with published claims: conflict, category and subject side; one conflict's when asked. */
    @GET
    @Path("/timelines")
    @Operation(summary = "The timelines that have published claims, each with the link to its computed series")
    public Response timelines(
            @Parameter(description = "conflict name (any case) or slug") @QueryParam("conflict") String conflict) {
        Conflict found = null;
        if (conflict != null && !conflict.isBlank()) {
            found = Conflict.findPublished(conflict).orElse(null);
            if (found == null) {
                return ApiError.response(Response.Status.BAD_REQUEST, "No conflict is named or slugged '" + conflict + "'");
            }
        }
        String slug = found == null ? null : found.slug;
        return Response.ok(timelines.all().stream().filter(entry -> slug == null || entry.conflictSlug().equals(slug))
                .toList()).build();
    }

    /** One conflict, category, subject side and optionally item, by names or slugs; 400 with the reason otherwise. */
    @GET
    @Path("/timeline")
    @Operation(summary = "One timeline's computed series, flags and comparison: exactly what its chart draws")
    public Response timeline(@QueryParam("conflict") String conflict, @QueryParam("category") String category,
            @QueryParam("subject") String subject, @QueryParam("item") String item, @QueryParam("as-of") String asOf,
            @Parameter(description = "a past moment to see the timeline at: a date (the end of that day UTC) or an instant") @QueryParam("at") String at) {
        TimelineFilters.Result result = TimelineFilters.read(conflict, category, subject, item, asOf, at,
                MessageBundles.get(FilterMessages.class));
        if (result.request() == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, result.errors().all());
        }
        return responses.answer(result.request(), true, "api",
                view -> TimelineResponses.Answer.of(TimelineJson.of(view), MediaType.APPLICATION_JSON));
    }
}
