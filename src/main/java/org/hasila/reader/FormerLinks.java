package org.hasila.reader;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Response;

/** A link to a name before its rename or merge: moved permanently to the current page, with the same query. */
@RequestScoped
class FormerLinks {

    @Inject
    HttpServerRequest request;

    void movedTo(String path) {
        String query = request.query();
        throw new RedirectionException(Response.Status.MOVED_PERMANENTLY,
                URI.create(path + (query == null || query.isEmpty() ? "" : "?" + query)));
    }
}
