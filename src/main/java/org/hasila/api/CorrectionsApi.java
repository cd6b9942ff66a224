package org.hasila.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hasila.review.Corrections;

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

    /** Newest first; one conflict's, one timeline's (conflict slug, category slug, subject side) or one claim's. */
    @GET
    @Path("/corrections")
    @Operation(summary = "Every correction to published data, newest first, with its time and reason")
    public List<CorrectionJson> corrections(@QueryParam("conflict") String conflict,
            @QueryParam("category") String category, @QueryParam("subject") String subject,
            @QueryParam("claim") Long claim) {
        return corrections.of(new Corrections.Scope(claim, blank(conflict), blank(category), blank(subject))).stream()
                .map(c -> new CorrectionJson(c.claimId(), c.when().toString(), c.kind().name().toLowerCase(),
                        c.reason(), c.conflict(), c.category(), c.subject(), c.claimant(), c.changes()))
                .toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
