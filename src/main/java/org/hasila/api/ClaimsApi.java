package org.hasila.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.annotation.BasicAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hasila.account.Logins;
import org.hasila.account.Role;
import org.hasila.interchange.ClaimExporter;
import org.hasila.interchange.ExportedClaim;
import org.hasila.interchange.ImportJob;
import org.hasila.interchange.ImportJobs;
import org.hasila.interchange.ImportOptions;
import org.hasila.interchange.ImportReport;
import org.hasila.kernel.Moment;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimFilters;
import org.hasila.register.claim.ClaimSearch;
import org.hasila.register.claim.FilterReader;
import org.hasila.register.claim.PastClaims;
import org.hasila.register.conflict.Conflict;
import org.hasila.web.ApiError;
import org.hasila.web.FilterMessages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The claims contract other tools rely on: CSV and JSON downloads of published claims, and CSV import. */
@Path(ClaimsApi.ROOT)
public class ClaimsApi {

    /** Where the API answers, and the claims' paths in it: {@link ApiLinks} writes pages' links from these. */
    static final String ROOT = "/api/v1";
    static final String CLAIMS = "/claims";
    static final String CSV = "/claims.csv";
    static final String JSON = "/claims.json";
    /** The pages of import jobs, which an API client's refusal names. */
    static final String IMPORT_JOBS = "/imports/jobs";

    /** The file was read but breaks the rules of claims CSV. */
    static final int UNPROCESSABLE_CONTENT = 422;
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    PastClaims pastClaims;

    @Inject
    ClaimExporter exporter;

    @Inject
    ImportJobs jobs;

    @Inject
    SecurityIdentity identity;

    @Inject
    ClaimSearch search;

    /** A page of published claims with their sources, and the link to the next page. */
    public record ClaimPage(List<ExportedClaim> claims, @JsonProperty("next_cursor") String nextCursor,
            String next) {
    }

    /** Published claims that pass the filters, newest as-of date first, 50 a page; 400 with the reason for a bad filter. */
    @GET
    @Path(CLAIMS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published claims, filtered, newest as-of date first, 50 a page with their sources and quotes")
    public Response claims(
            @Parameter(description = "conflict name (any case) or slug") @QueryParam("conflict") String conflict,
            @Parameter(description = "claimant id or name") @QueryParam("claimant") String claimant,
            @Parameter(description = "party whose losses are counted") @QueryParam("subject_side") String subjectSide,
            @Parameter(description = "party the claimant speaks for") @QueryParam("claimant_side") String claimantSide,
            @Parameter(description = "category slug") @QueryParam("category") String category,
            @Parameter(description = "reported, corroborated, disputed or retracted") @QueryParam("status") String status,
            @Parameter(description = "earliest as-of date (period_end), YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "latest as-of date (period_end), YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "next_cursor of the page before") @QueryParam("after") String after) {
        ClaimFilters.Typed typed = new ClaimFilters.Typed(conflict, claimant, subjectSide, claimantSide, category,
                status, from, to, after);
        ClaimFilters.Result result = ClaimFilters.read(typed, MessageBundles.get(FilterMessages.class));
        if (result.filters() == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, result.errors().all());
        }
        ClaimSearch.Page page = search.page(result.filters());
        String cursor = page.next() == null ? null : page.next().toString();
        return Response.ok(new ClaimPage(page.claims().stream().map(ExportedClaim::of).toList(), cursor,
                cursor == null ? null : ROOT + CLAIMS + "?" + typed.next(page.next()))).build();
    }

    /** One published claim with its sources; 404 for any other id. */
    @GET
    @Path("/claims/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published claim with its sources and quotes")
    public Response claim(@PathParam("id") long id,
            @Parameter(description = "a past moment to see the claim at: a date (the end of that day UTC) or an instant") @QueryParam("at") String at) {
        FilterReader reader = new FilterReader(MessageBundles.get(FilterMessages.class));
        Instant now = Instant.now();
        Moment moment = reader.moment("at", at, now);
        if (!reader.errors().isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST, reader.errors().all());
        }
        if (moment != null) {
            long revision = pastClaims.revisionAt(moment.instant());
            Claim past = pastClaims.published(id, revision).orElse(null);
            if (past == null) {
                return ApiError.response(Response.Status.NOT_FOUND,
                        "No claim with the id " + id + " was published at " + moment.text());
            }
            // What a settled moment shows never changes: anyone may keep it for a year. Its tag names the moment,
            // not the revision, whose number drafts' saves move too.
            Response.ResponseBuilder answer = Response.ok(ExportedClaim.of(past));
            return (moment.settled(now) ? answer.tag("claim-" + id + "-at-" + moment.text())
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    : answer.header("Cache-Control", "public, max-age=300")).build();
        }
        List<Claim> found = search.withSources(List.of(id));
        if (found.isEmpty() || !found.get(0).published) {
            return ApiError.response(Response.Status.NOT_FOUND, "No published claim has the id " + id);
        }
        return Response.ok(ExportedClaim.of(found.get(0))).build();
    }

    /**
     * Every published claim, or one conflict's, as claims CSV version 1, exactly as an import reads it; or, with
     * {@code spreadsheet=true}, the same rows safe to open in a spreadsheet (docs/claims-csv.md).
     */
    @GET
    @Path(CSV)
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Published claims as claims CSV version 1, or spreadsheet-safe CSV for people to open")
    public Response csv(@Parameter(description = "conflict name (any case) or slug") @QueryParam("conflict") String conflict,
            @Parameter(description = "true: no cell runs as a formula in a spreadsheet (a single quote before =, +, -, @); "
                    + "for reading, not for importing") @QueryParam("spreadsheet") @DefaultValue("false") boolean spreadsheet) {
        if (spreadsheet) {
            return download(conflict, "-spreadsheet", "csv",
                    conflictId -> out -> exporter.writeSpreadsheetCsv(conflictId, out));
        }
        return download(conflict, "", "csv", conflictId -> out -> exporter.writeCsv(conflictId, out));
    }

    /** Every published claim, or one conflict's, as JSON with its sources. */
    @GET
    @Path(JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("conflict") String conflict) {
        return download(conflict, "", "json", conflictId -> out -> exporter.writeJson(conflictId, out));
    }

    private Response download(String conflict, String variant, String extension,
            java.util.function.Function<Long, StreamingOutput> body) {
        Long conflictId = null;
        String name = "hasila-claims";
        if (conflict != null && !conflict.isBlank()) {
            Conflict found = Conflict.findPublished(conflict).orElse(null);
            if (found == null) {
                return ApiError.response(Response.Status.NOT_FOUND, "No conflict is named or slugged '" + conflict + "'");
            }
            conflictId = found.id;
            name += "-" + found.slug;
        }
        return Response.ok(body.apply(conflictId))
                .header("Content-Disposition", "inline; filename=\"" + name + variant + "." + extension + "\"").build();
    }

    /**
     * A write without credentials, or with wrong ones: a JSON error with the Basic challenge for API clients. A
     * browser gets no challenge, so it never asks for credentials and keeps them, to send them again on a request
     * another site starts.
     */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return challenge(headers);
    }

    /**
     * A refused Basic login: as without credentials, or 429 with {@code Retry-After} while its name or address is locked out.
     */
    @ServerExceptionMapper
    public Response refused(AuthenticationFailedException e, HttpHeaders headers) {
        return refusal(e, headers);
    }

    static Response refusal(AuthenticationFailedException e, HttpHeaders headers) {
        Long retryAfter = e.getAttribute(Logins.RETRY_AFTER);
        if (retryAfter != null) {
            return Response.status(TOO_MANY_REQUESTS).header("Retry-After", retryAfter)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("Too many failed logins: try again in " + retryAfter + " seconds")).build();
        }
        return challenge(headers);
    }

    private static Response challenge(HttpHeaders headers) {
        return challenge(headers, "An editor's credentials are needed (HTTP Basic)");
    }

    static Response challenge(HttpHeaders headers, String message) {
        Response.ResponseBuilder response = Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError(message));
        return fromABrowser(headers) ? response.build()
                : response.header("WWW-Authenticate", "Basic realm=\"Hasila\"").build();
    }

    /** Browsers say how they fetch ({@code Sec-Fetch-Mode}) or ask for a page first; API clients do neither. */
    static boolean fromABrowser(HttpHeaders headers) {
        if (headers.getHeaderString("Sec-Fetch-Mode") != null) {
            return true;
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && "text".equals(accepted.get(0).getType())
                && "html".equals(accepted.get(0).getSubtype());
    }

    private static final Pattern FILE_NAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?");

    /** The file name a {@code Content-Disposition} header gives, or null. */
    static String fileName(String disposition) {
        Matcher name = disposition == null ? null : FILE_NAME.matcher(disposition);
        return name != null && name.find() && !name.group(1).isBlank() ? name.group(1).strip() : null;
    }

    /**
     * Imports claims CSV all or nothing, as an import job: 201 when stored, 200 for a clean dry run, 422 with every
     * problem, 409 while a job of the same file runs, 503 when the instance stopped during the import.
     */
    @POST
    @Path("/claims/import")
    // Only a type no browser form can send: another site's page cannot post a file here without asking first
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR)
    @BasicAuthentication
    public Response importCsv(InputStream body, @QueryParam("dry-run") @DefaultValue("false") boolean dryRun,
            @QueryParam("publish") @DefaultValue("false") boolean publish,
            @Parameter(description = "The file's name, which the import's history shows: attachment; filename=\"claims.csv\"") @HeaderParam("Content-Disposition") String disposition)
            throws IOException {
        ImportReport report;
        try {
            report = jobs.importNow(body,
                    new ImportOptions(dryRun, publish, identity.getPrincipal().getName(), fileName(disposition)));
        } catch (ImportJobs.AlreadyRunning refused) {
            ImportJob running = refused.job();
            return ApiError.response(Response.Status.CONFLICT, "This file is being checked or imported already, by job "
                    + running.id + " that " + running.startedBy + " started at " + running.startedAt
                    + "; wait until it ends: " + IMPORT_JOBS + "/" + running.id);
        } catch (ImportJobs.Stopped stopped) {
            return ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                    "The server stopped during the import; nothing was stored. Send the file again.");
        }
        int status = !report.ok() ? UNPROCESSABLE_CONTENT : report.stored() ? 201 : 200;
        return Response.status(status).entity(report).build();
    }
}
