package org.hasila.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;

/**
 * What a client can send wrong to a form: another kind of body, or a form that cannot be read. Each is the
 * client's mistake, so it answers 415 or 400 with a sentence in the reader's language, never a 500.
 */
public class FormBodies {

    private static final Logger LOG = Logger.getLogger(FormBodies.class);

    @Inject
    Language language;

    /**
     * Pages take their forms as forms. Any other body reached the controller with every field empty, and skipped
     * the CSRF check, which reads forms only. The API takes its own types and answers for itself.
     */
    @ServerRequestFilter
    public Optional<Response> formsOnly(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return Optional.empty();
        }
        return Optional.of(refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                language.bundle(ErrorMessages.class).form_expected(), false));
    }

    /** A body cut short before its end: the form parser reports it as the connection ending. */
    @ServerExceptionMapper
    public Response cutShort(IOException e, UriInfo uri) {
        if (!fromTheFormParser(e)) {
            // Reading or writing failed on our side (a disk, a download): a fault of ours, logged, not the client's
            LOG.error("Input or output failed while answering " + uri.getPath(), e);
            return Response.serverError().build();
        }
        return unreadable(uri);
    }

    /**
     * More fields than quarkus.http.limits.max-parameters: the form parser throws a bare RuntimeException. Anything
     * else is a fault of ours and goes on to Quarkus' 500.
     */
    @ServerExceptionMapper
    public Response tooManyFields(RuntimeException e, UriInfo uri) {
        if (e.getClass() != RuntimeException.class || !fromTheFormParser(e)) {
            throw e;
        }
        return unreadable(uri);
    }

    /** Told apart by where it was thrown: the form parser's own package. */
    private static boolean fromTheFormParser(Exception e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(FormData.class.getPackageName());
    }

    private Response unreadable(UriInfo uri) {
        return refusal(Response.Status.BAD_REQUEST, language.bundle(ErrorMessages.class).form_unreadable(),
                uri.getPath().startsWith("/api/"));
    }

    static Response refusal(Response.Status status, String message, boolean api) {
        if (api) {
            return ApiError.response(status, message);
        }
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(message).build();
    }
}
