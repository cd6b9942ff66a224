package org.hasila.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * No cache keeps an answer to a logged-in person: a journalist's page, a download or an API answer to an editor
 * is {@code Cache-Control: private, no-store}, whatever the endpoint said. Readers' answers keep their own caching.
 * <p>
 * Who is logged in is judged by the credentials a request carries (the session cookie or an
 * {@code Authorization} header), not by the security identity: authentication is lazy, and asking for the identity
 * here would check credentials on every reader's request, blocking the event loop. Every request that can be
 * answered as a person carries one of the two, so the rule covers them all; a stale cookie only costs its reader
 * their cache.
 */
@ApplicationScoped
class PersonalAnswers {

    static final String SESSION_COOKIE = "hasila-session";
    static final String NOT_KEPT = "private, no-store";

    /** Whether the request carries credentials, so its answer may be a person's own. */
    static boolean personal(HttpServerRequest request) {
        return request.getCookie(SESSION_COOKIE) != null || request.getHeader("Authorization") != null;
    }

    void keepNoPersonalAnswer(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            if (personal(rc.request())) {
                rc.addHeadersEndHandler(ignored -> rc.response().headers().set("Cache-Control", NOT_KEPT));
            }
            rc.next();
        });
    }
}
