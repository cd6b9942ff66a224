package org.hasila.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hasila.api.ApiError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What is not there: a page in the reader's language, or a JSON error under /api. */
public class NotFound {

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance notFound();
    }

    /** Renarde's {@code notFoundIfNull} and JAX-RS' own "not found" alike; every other status passes unchanged. */
    @ServerExceptionMapper
    public Response notFound(WebApplicationException e, UriInfo uri) {
        if (e.getResponse().getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
            return e.getResponse();
        }
        if (uri.getPath().startsWith("/api/")) {
            return ApiError.response(Response.Status.NOT_FOUND, "Nothing published is at " + uri.getPath());
        }
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound()).build();
    }
}
