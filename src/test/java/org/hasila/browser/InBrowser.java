package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import org.hasila.support.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test has: one Chromium for the class, the app's address, and the database; skipped where
 * Chromium is not installed, unless required. A test fails when a page's Content-Security-Policy refused anything.
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

    /** Logs in through the login form, as a person does. */
    void logIn(Page page, String username, String password) {
        page.navigate(base + "login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signed in as " + username)))
                .isVisible();
    }

    /** A phone reads the page without scrolling it sideways: what does not fit wraps, or scrolls in its own box. */
    static void assertNoSidewaysScrolling(Page page, String where) {
        Number sideways = (Number) page
                .evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assertions.assertTrue(sideways.intValue() <= 0, where + " scrolls sideways by " + sideways + " px");
    }

    @AfterEach
    void nothingWasRefusedByThePolicy() {
        Assertions.assertEquals(java.util.List.of(), chromium.policyViolations(),
                "the Content-Security-Policy refused something a page asked for");
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
