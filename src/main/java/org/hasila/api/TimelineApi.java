package org.hasila.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hasila.claim.PublishedData;
import org.hasila.conflict.Conflict;
import org.hasila.web.Urls;
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
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineApi {

    @Inject
    TimelineResponses responses;

    @Inject
    EntityManager em;

    @Inject
    PublishedData published;

    /** A timeline with published claims, and where its computed series are. */
    public record TimelineEntry(String conflict, @JsonProperty("conflict_slug") String conflictSlug, String category,
            String subject, long claims) {

        @JsonProperty("href")
        public String href() {
            return "/api/v1/timeline?conflict=" + Urls.urlEncoded(conflictSlug) + "&category=" + category
                    + "&subject=" + Urls.urlEncoded(subject);
        }
    }

    /** Every timeline with published claims: conflict, category and subject side; one conflict's when asked. */
    @GET
    @Path("/timelines")
    @Operation(summary = "The timelines that have published claims, each with the link to its computed series")
    public Response timelines(@Parameter(description = "conflict name (any case) or slug") @QueryParam("conflict") String conflict) {
        Conflict found = null;
        if (conflict != null && !conflict.isBlank()) {
            found = Conflict.findByNameOrSlug(conflict).orElse(null);
            if (found == null) {
                return ApiError.response(Response.Status.BAD_REQUEST, "No conflict is named or slugged '" + conflict + "'");
            }
        }
        Conflict chosen = found;
        return Response.ok(published.kept("api-timelines|" + (chosen == null ? "" : chosen.id),
                () -> listTimelines(chosen))).build();
    }

    private List<TimelineEntry> listTimelines(Conflict conflict) {
        return em.createQuery("""
                select new org.hasila.api.TimelineApi$TimelineEntry(c.conflict.name, c.conflict.slug, c.category.slug,
                    c.subjectParty.name, count(c))
                from Claim c where c.published = true and (:conflict is null or c.conflict = :conflict)
                group by c.conflict.name, c.conflict.slug, c.category.slug, c.category.sortOrder, c.subjectParty.name
                order by c.conflict.name, c.category.sortOrder, c.subjectParty.name""", TimelineEntry.class)
                .setParameter("conflict", conflict).getResultList();
    }

    /** One conflict, category, subject side and optionally item, by names or slugs; 400 with the reason otherwise. */
    @GET
    @Path("/timeline")
    @Operation(summary = "One timeline's computed series, flags and comparison: exactly what its chart draws")
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
