package org.hasila.browser;

import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import org.hasila.support.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test has: one Chromium for the class, the app's address, and the database; skipped where
 * Chromium is not installed, unless required.
 */
@ExtendWith(ChromiumInstalled.class)
abstract class InBrowser {

    static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Database database;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    /** A role's exact accessible name, as a person reads it. */
    static com.microsoft.playwright.Page.GetByRoleOptions named(String name) {
        return new com.microsoft.playwright.Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
