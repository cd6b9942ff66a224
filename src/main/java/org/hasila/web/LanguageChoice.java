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
 * the next pages keep it. Pages and charts then depend on the cookie and Accept-Language: caches are told so, once.
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
                // A shared answer (a chart, an embed, a download a CDN may keep) sets no cookie: it would be kept too.
                String cache = rc.response().headers().get(HttpHeaders.CACHE_CONTROL);
                boolean shared = cache != null && cache.startsWith("public");
                if (chosen != null && languages.speaks(chosen) && !shared) {
                    rc.response().addCookie(Cookie.cookie(Language.COOKIE, chosen).setPath("/").setMaxAge(A_YEAR)
                            .setSameSite(CookieSameSite.LAX).setSecure(rc.request().isSSL()));
                }
                String type = rc.response().headers().get(HttpHeaders.CONTENT_TYPE);
                // One Vary header: added to what an answer already varies by (Accept, for one), never a second one.
                String vary = rc.response().headers().get(HttpHeaders.VARY);
                if (type != null && (type.startsWith("text/html") || type.startsWith("image/"))
                        && (vary == null || !vary.contains("Accept-Language"))) {
                    rc.response().headers().set(HttpHeaders.VARY, vary == null ? Language.VARY : vary + ", " + Language.VARY);
                }
            });
            rc.next();
        });
    }
}
