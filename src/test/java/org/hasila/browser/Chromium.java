package org.hasila.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright; one browser per test class, a fresh context per test. Every page
 * it opens reports what the Content-Security-Policy refused ({@link #policyViolations()}).
 */
final class Chromium implements AutoCloseable {

    /** Debian's path; hasila.chromium-path points elsewhere, for instance to a missing file to see the skip. */
    static final Path EXECUTABLE = Path.of(System.getProperty("hasila.chromium-path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private final Playwright playwright;
    private final Browser browser;
    private final List<String> policyViolations = new ArrayList<>();

    Chromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(EXECUTABLE)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A new page as a person with a screen this wide sees it. */
    Page page(int width, String language) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
                .setLocale(language).setExtraHTTPHeaders(java.util.Map.of("Accept-Language", language)));
        // Chromium says "Refused to ..." on the console for what a policy blocks, and the page gets an event for it
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', e => console.error('Refused by the policy: '
                    + e.effectiveDirective + ' ' + e.blockedURI + ' in ' + e.documentURI));""");
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().startsWith("Refused")) {
                synchronized (policyViolations) {
                    policyViolations.add(message.text() + " (" + message.location() + ")");
                }
            }
        });
        return page;
    }

    /** What the policies of the pages opened since the last call refused, and forgets it. */
    List<String> policyViolations() {
        synchronized (policyViolations) {
            List<String> found = List.copyOf(policyViolations);
            policyViolations.clear();
            return found;
        }
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
