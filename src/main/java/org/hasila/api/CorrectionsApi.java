package org.hasila.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import org.hasila.kernel.Moment;
import org.hasila.register.claim.FilterReader;
import org.hasila.review.Corrections;
import org.hasila.web.ApiError;
import org.hasila.web.FilterMessages;

/** The public record of corrections as JSON (docs/api.md): every change to published data, its time and reason. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionsApi {

    @Inject
    Corrections corrections;

    /** A correction as the API gives it: never who made it. */
    public record CorrectionJson(@JsonProperty("claim") long claim, @JsonProperty("at") String at,
            @JsonProperty("kind") String kind, @JsonProperty("reason") String reason,
            @JsonProperty("conflict") String conflict, @JsonProperty("category") String category,
            @JsonProperty("subject") String subject, @JsonProperty("claimant") String claimant,
            @JsonProperty("changes") List<Corrections.Change> changes) {
    }

    /**
     * Newest first; one conflict's, one timeline's (conflict slug, category slug, subject side) or one claim's; with
     * {@code after} and {@code until}, those made between two moments, as /corrections lists them.
     */
    @GET
    @Path("/corrections")
    @Operation(summary = "Every correction to published data, newest first, with its time and reason")
    public Response corrections(@QueryParam("conflict") String conflict,
            @QueryParam("category") String category, @QueryParam("subject") String subject,
            @QueryParam("claim") Long claim,
            @Parameter(description = "only those made after this moment: a date (the end of that day UTC) or an instant") @QueryParam("after") String after,
            @Parameter(description = "only those made until this moment: a date (the end of that day UTC) or an instant") @QueryParam("until") String until) {
        FilterReader reader = new FilterReader(MessageBundles.get(FilterMessages.class));
        Instant now = Instant.now();
        Moment from = reader.moment("after", after, now);
        Moment to = reader.moment("until", until, now);
        if (!reader.errors().isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, reader.errors().all());
        }
        Corrections.Scope scope = new Corrections.Scope(claim, blank(conflict), blank(category), blank(subject));
        List<Corrections.Correction> found = from == null && to == null ? corrections.of(scope)
                : corrections.between(scope, from == null ? Instant.MIN : from.instant(),
                        to == null ? null : to.instant());
        return Response.ok(found.stream()
                .map(c -> new CorrectionJson(c.claimId(), c.when().toString(), c.kind().name().toLowerCase(),
                        c.reason(), c.conflict(), c.category(), c.subject(), c.claimant(), c.changes()))
                .toList()).build();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
