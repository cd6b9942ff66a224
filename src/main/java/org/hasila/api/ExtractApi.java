package org.hasila.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.annotation.BasicAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hasila.account.Role;
import org.hasila.extraction.Extraction;
import org.hasila.extraction.Suggestion;
import org.hasila.extraction.TextLanguage;
import org.hasila.web.ApiError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The claims an article holds, suggested from its text for newsroom tools: nothing is stored. */
@Path(ClaimsApi.ROOT)
public class ExtractApi {

    static final String EXTRACT = "/extract";

    @Inject
    Extraction extraction;

    /** The answer: the suggestions in the text's order. */
    public record Suggestions(List<Suggestion> suggestions) {
    }

    /**
     * Suggested claims of the UTF-8 text, each in the fields of claims CSV with its sentence as the quote and the
     * quote's place in the text in code points; 400 for a language it does not read, 413 past 200,000 characters.
     */
    @POST
    @Path(EXTRACT)
    // Only a type no browser form can send with credentials it was not asked for: see docs/security.md
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.JOURNALIST, Role.EDITOR })
    @BasicAuthentication
    @Operation(summary = "Claims suggested from an article's text (Arabic or English), with their quotes; nothing is stored")
    public Response extract(InputStream body,
            @Parameter(description = "the text's language: ar or en", required = true) @QueryParam("lang") String lang,
            @Parameter(description = "the article's publication date, YYYY-MM-DD: the year of dates written without "
                    + "one and the as-of date of figures that give none") @QueryParam("published_on") String publishedOn) {
        Optional<TextLanguage> language = TextLanguage.of(lang);
        if (language.isEmpty()) {
            return ApiError.response(Response.Status.BAD_REQUEST,
                    "lang must be ar or en (the text's language), not '" + (lang == null ? "" : lang) + "'");
        }
        LocalDate published;
        try {
            published = publishedOn == null || publishedOn.isBlank() ? null : LocalDate.parse(publishedOn.strip());
        } catch (DateTimeParseException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "published_on must be a date, YYYY-MM-DD");
        }
        String text;
        try {
            text = read(body);
        } catch (CharacterCodingException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "The text must be UTF-8");
        } catch (IOException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "The text could not be read");
        }
        if (text == null) {
            return ApiError.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The text is longer than " + Extraction.LONGEST_TEXT + " characters: send one article at a time");
        }
        return Response.ok(new Suggestions(extraction.suggest(text, language.get(), published))).build();
    }

    /** The body as text, or null past the longest text: never more than that is held. */
    private static String read(InputStream body) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > 2 * Extraction.LONGEST_TEXT) {
                return null;
            }
        }
        return text.codePointCount(0, text.length()) > Extraction.LONGEST_TEXT ? null : text.toString();
    }

    /** As for the import: a JSON error, with the Basic challenge for API clients only. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
        return ClaimsApi.challenge(headers, "A journalist's or an editor's credentials are needed (HTTP Basic)");
    }

    @ServerExceptionMapper
    public Response refused(AuthenticationFailedException e, HttpHeaders headers) {
        return ClaimsApi.refusal(e, headers);
    }
}
