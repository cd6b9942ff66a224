package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reader opens a timeline and its embed, on a phone and a desk, in English and Arabic. */
@QuarkusTest
class TimelineInBrowserTest extends InBrowser {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void theTimelineIsVisibleUnclippedAndItsTableMatchesTheData() {
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] { 390, 1280 }) {
                Page page = timelineAt(language, width);
                assertEquals(language.equals("ar") ? "rtl" : "ltr", page.locator("html").getAttribute("dir"));
                Locator rows = page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW);
                assertThat(rows).hasCount(3);
                assertThat(rows.nth(1)).containsText("46");
                assertThat(rows.nth(2)).containsText("47");
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName(language.equals("ar") ? "البيانات المرسومة، لجداول البيانات (CSV)"
                                : "Data drawn, for spreadsheets (CSV)")))
                        .isVisible();
                Chromium.screenshot(page, "timeline-" + language + "-" + width);
                page.context().close();
            }
        }
    }

    @Test
    void aDisputedFigureAndACorrectionShowOnPhoneAndDesk() throws InterruptedException {
        long claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        Thread.sleep(15);
        Instant beforeTheDispute = Instant.now();
        Thread.sleep(15);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?"));
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] { 390, 1280 }) {
                Page page = timelineAt(language, width);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                        .setName(language.equals("ar") ? "تصحيحات الادعاءات المرسومة هنا"
                                : "Corrections to the claims drawn here")))
                        .isVisible();
                Axe.assertNoViolation(page, "timeline with a disputed figure and a correction, " + language + " " + width);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("/tmp/tt-timeline-" + language + "-" + width + ".png")).setFullPage(true));
                // The embed pinned before the dispute says it has been corrected since, and fits the phone too.
                page.navigate(base + "timelines/embed?" + KILLED + "&at=" + beforeTheDispute);
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName(language.equals("ar") ? "حُدّثت منذ ذلك الحين: تصحيح واحد" : "Updated since: 1 correction")))
                        .isVisible();
                assertLoadedWithin(page, page.getByRole(AriaRole.IMG), width);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("/tmp/tt-embed-" + language + "-" + width + ".png")).setFullPage(true));
                page.context().close();
            }
        }
    }

    @Test
    void theEmbedFitsAnArticleFromPhoneToDesk() {
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] { 390, 1280 }) {
                Newsroom newsroom = new Newsroom("<!DOCTYPE html><html><body style='margin:0'><p>An article.</p>"
                        + "<iframe src='" + base + "timelines/embed?" + KILLED + "' title='timeline' "
                        + "style='width:100%;max-width:1200px;aspect-ratio:800/520;border:0'></iframe></body></html>");
                Page page = chromium.page(width, language);
                page.navigate(newsroom.article());
                FrameLocator embed = page.frameLocator("iframe");
                Locator chart = embed.getByRole(AriaRole.IMG);
                assertThat(chart).isVisible();
                BoundingBox box = chart.boundingBox();
                assertTrue(box.x >= 0 && box.x + box.width <= width + 1, "chart inside the frame at " + width);
                assertTrue(box.width > width * 0.9, "chart fills the frame's width at " + width + ": " + box.width);
                assertThat(embed.getByRole(AriaRole.LINK)).hasAttribute("target", "_top");
                Chromium.screenshot(page, "embed-" + language + "-" + width);
                page.context().close();
                newsroom.close();
            }
        }
    }

    /** The seed article's timeline of killed civilians, its chart loaded within the page's width. */
    Page timelineAt(String language, int width) {
        Page page = chromium.page(width, language);
        page.navigate(base + "timelines?" + KILLED);
        Locator chart = page.getByRole(AriaRole.IMG);
        assertThat(chart).isVisible();
        assertLoadedWithin(page, chart, width);
        return page;
    }

    /** The image has loaded, lies inside the page's width, and the page does not scroll sideways. */
    static void assertLoadedWithin(Page page, Locator chart, int width) {
        assertTrue((Boolean) chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the chart has loaded");
        BoundingBox box = chart.boundingBox();
        assertTrue(box.x >= 0 && box.x + box.width <= width, "chart within " + width + " px: " + box.x + "+" + box.width);
        assertNoSidewaysScrolling(page, "the page at " + width + " px");
    }
}
