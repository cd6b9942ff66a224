package org.hasila.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hasila.web.ApiError;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What is not there: a page in the reader's language, or a JSON error under /api. */
public class NotFound {

    @CheckedTemplate(basePath = "Errors")
    static class Templates {
        static native TemplateInstance notFound();
    }

    /**
     * Renarde's {@code notFoundIfNull} and JAX-RS' own "not found" alike. Under /api every refusal (405, 406,
     * 415...) is JSON too; elsewhere other statuses pass unchanged.
     */
    @ServerExceptionMapper
    public Response notFound(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        boolean api = uri.getPath().startsWith("/api/");
        if (api && status == Response.Status.NOT_FOUND.getStatusCode()) {
            return ApiError.response(Response.Status.NOT_FOUND, "Nothing published is at this address");
        }
        if (api && status >= 400) {
            return Response.fromResponse(e.getResponse()).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(e.getResponse().getStatusInfo().getReasonPhrase())).build();
        }
        if (status != Response.Status.NOT_FOUND.getStatusCode()) {
            return e.getResponse();
        }
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound()).build();
    }
}
