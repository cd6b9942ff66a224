package org.hasila.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Remembers a language chosen in the URL ({@code ?lang=ar}) in a cookie, the one cookie a reader gets, so that
 * the next pages keep it. Pages and charts then depend on the cookie and Accept-Language: caches are told so.
 */
@ApplicationScoped
class LanguageChoice {

    private static final long A_YEAR = 365L * 24 * 3600;

    @Inject
    Languages languages;

    void rememberChoice(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            String chosen = rc.request().getParam(Language.PARAMETER);
            rc.addHeadersEndHandler(ignored -> {
                if (chosen != null && languages.speaks(chosen)) {
                    rc.response().addCookie(Cookie.cookie(Language.COOKIE, chosen).setPath("/").setMaxAge(A_YEAR)
                            .setSameSite(CookieSameSite.LAX).setSecure(rc.request().isSSL()));
                }
                String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
                if (type != null && (type.startsWith("text/html") || type.startsWith("image/"))) {
                    rc.response().headers().add(HttpHeaders.VARY, "Accept-Language, Cookie");
                }
            });
            rc.next();
        });
    }
}
