package org.hasila.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;

/**
 * Renarde writes its flash cookie on every answer, empty when there is nothing to say. An empty flash sent to a
 * reader who had none is dropped here: readers' pages, embeds and downloads then set no cookie, and caches may
 * keep them.
 */
@ApplicationScoped
public class QuietFlash {

    static final String FLASH_COOKIE = "_renarde_flash";
    /** The flash cookie's value for an empty flash: "{}" in Base64. */
    static final String EMPTY = "e30=";

    void dropEmptyFlash(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            boolean hadFlash = rc.request().getCookie(FLASH_COOKIE) != null;
            if (!hadFlash) {
                rc.addHeadersEndHandler(ignored -> {
                    Cookie flash = rc.response().removeCookie(FLASH_COOKIE, false);
                    if (flash != null && !EMPTY.equals(flash.getValue())) {
                        rc.response().addCookie(flash);
                    }
                });
            }
            rc.next();
        });
    }
}
