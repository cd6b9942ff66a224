package org.hasila.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than quarkus.http.limits.max-body-size is answered 413 with a sentence in the reader's language,
 * where Quarkus would answer with an empty page. The body is read and dropped first (unless the client waits for
 * 100-continue): a browser that is still sending when the connection closes shows a reset, not the answer.
 */
@ApplicationScoped
class UploadLimit {

    /** Just before Quarkus' own check (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    @Inject
    Languages languages;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void refuseLargeBodies(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_LIMIT).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                refuse(rc);
            } else {
                rc.next();
            }
        });
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Quarkus refuses it as a bad request
        }
    }

    private void refuse(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String message = languages.bundle(ErrorMessages.class, Language.chosen(request, languages))
                .body_too_large(maxBodySize.asLongValue() / (1024 * 1024));
        var response = rc.response().setStatusCode(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .putHeader(HttpHeaders.CONNECTION, "close");
        String body;
        if (request.path().startsWith("/api/")) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
            body = new JsonObject().put("message", message).encode();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8");
            body = message;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            response.end(body);
        } else {
            request.handler(ignored -> {
            }).endHandler(ignored -> response.end(body)).exceptionHandler(ignored -> response.reset());
            request.resume();
        }
    }
}
