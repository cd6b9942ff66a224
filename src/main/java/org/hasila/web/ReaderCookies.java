package org.hasila.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Readers get no cookie: their pages, embeds and downloads hold no form that changes anything, so the CSRF
 * cookie is dropped from answers to requests without a session, and so is Renarde's flash cookie when it is
 * empty and the reader had none. Caches between Hasila and readers may then keep those answers.
 */
@ApplicationScoped
class ReaderCookies {

    static final String CSRF_COOKIE = "csrf-token";
    static final String FLASH_COOKIE = "_renarde_flash";
    /** The flash cookie's value for an empty flash: "{}" in Base64. */
    static final String EMPTY_FLASH = "e30=";

    void dropReadersCookies(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            boolean reader = !PersonalAnswers.personal(rc.request());
            boolean hadFlash = rc.request().getCookie(FLASH_COOKIE) != null;
            rc.addHeadersEndHandler(ignored -> {
                if (reader && !rc.request().path().equals("/login")) {
                    rc.response().removeCookie(CSRF_COOKIE, false);
                }
                if (!hadFlash) {
                    Cookie flash = rc.response().removeCookie(FLASH_COOKIE, false);
                    if (flash != null && !EMPTY_FLASH.equals(flash.getValue())) {
                        rc.response().addCookie(flash);
                    }
                }
            });
            rc.next();
        });
    }
}
