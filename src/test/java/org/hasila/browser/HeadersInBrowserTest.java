package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chromium enforces every page's Content-Security-Policy and refuses nothing a page asks for (InBrowser fails a test
 * on any refusal); another site can frame the embed and nothing else.
 */
@QuarkusTest
class HeadersInBrowserTest extends InBrowser {

    static final String QUERY = "?conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void theReadersPagesTheDeskAndTheEmbedRunUnderTheirPolicy() {
        long claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        long claimant = database.idOf("Claimant", "name", "Prosecutor General's Office of Azerbaijan");
        long source = database.idOf("Source", "outlet", "Al Jazeera Mubasher (with agencies)");
        List<String> readers = List.of("", "conflicts/2020-nagorno-karabakh-war", "claims", "claims/" + claim,
                "claimants/" + claimant, "sources/" + source, "api", "login", "no-such-page", "timelines" + QUERY,
                "timelines/embed" + QUERY, "timelines/chart.svg" + QUERY, "q/swagger-ui/");
        for (String language : List.of("en", "ar")) {
            Page page = chromium.page(1280, language);
            for (String path : readers) {
                visit(page, path);
            }
            page.context().close();
        }
        Page page = chromium.page(1280, "en");
        logIn(page, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        for (String path : List.of("desk", "desk/sources/new", "desk/sources/" + source,
                "desk/sources/" + source + "/edit", "desk/claims/" + claim + "/edit", "review", "imports",
                "accounts", "accounts/password", "timelines" + QUERY, "no-such-page")) {
            visit(page, path);
        }
        // The desk's script runs: it shows only the figure fields the chosen qualifier needs
        page.navigate(base + "desk/sources/" + source);
        page.getByLabel("The figure is").selectOption("range");
        assertThat(page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true))).isHidden();
        page.context().close();
    }

    private void visit(Page page, String path) {
        page.navigate(base + path);
        page.waitForLoadState();
        assertEquals(List.of(), chromium.policyViolations(), path + " asked for what its policy refuses");
    }

    @Test
    void anotherSiteFramesTheEmbedButNoOtherPage() {
        // A newsroom's article with the embed and, as an attacker would, the first screen
        try (Newsroom newsroom = new Newsroom("<!DOCTYPE html><html lang='en'><title>Article</title>"
                + "<iframe id='embed' title='embed' src='" + base + "timelines/embed" + QUERY + "'></iframe>"
                + "<iframe id='page' title='page' src='" + base + "'></iframe></html>")) {
            Page page = chromium.page(1280, "en");
            page.navigate(newsroom.article());
            assertThat(page.frameLocator("#embed").getByRole(AriaRole.IMG)).isVisible();
            assertThat(page.frameLocator("#embed").getByRole(AriaRole.LINK)).hasAttribute("target", "_top");
            // The load event waited for both frames: the first screen's holds no Hasila page
            List<String> frames = page.frames().stream().map(com.microsoft.playwright.Frame::url).toList();
            assertTrue(frames.contains(base + "timelines/embed" + QUERY), "frames: " + frames);
            assertFalse(frames.contains(base.toString()), "the first screen was framed: " + frames);
            assertEquals(0, page.frameLocator("#page").locator("header.site").count(), "the first screen was framed");
            page.context().close();
        }
    }
}
