package org.hasila.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader on a phone or a desk, in English and Arabic: the claims table keeps its words whole, the chart's legend
 * is never cut, and the chart is in the page's language after switching languages.
 */
@QuarkusTest
class ArabicReadingInBrowserTest extends InBrowser {

    static final String KILLED = TimelineInBrowserTest.KILLED;
    static final int[] WIDTHS = { 360, 390, 1280 };

    /** Words of the table's cells that the browser drew on more than one line: a word broken inside. */
    static final String BROKEN_WORDS = """
            table => {
              const broken = [];
              for (const cell of table.querySelectorAll('th, td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const match of node.data.matchAll(/[^\\s\\-–—]+/gu)) {
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)
                        .map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(match[0]);
                  }
                }
              }
              return broken.join(' | ');
            }""";

    /** The chart's texts that reach beyond its width: a legend or a title cut at the edge. */
    static final String TEXT_OUTSIDE = """
            () => {
              const svg = document.querySelector('svg');
              const width = svg.viewBox.baseVal.width;
              return [...svg.querySelectorAll('text')].filter(t => {
                const box = t.getBBox();
                return box.x < 0 || box.x + box.width > width;
              }).map(t => t.textContent).join(' | ');
            }""";

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void theClaimsTableKeepsEveryWordWholeOnPhonesAndDesks() {
        for (String language : List.of("en", "ar")) {
            for (int width : WIDTHS) {
                Page page = chromium.page(width, language);
                page.navigate(base + "timelines?" + KILLED + "&lang=" + language);
                Locator table = page.getByRole(AriaRole.TABLE);
                assertEquals("", table.evaluate(BROKEN_WORDS),
                        "words broken in the table (" + language + ", " + width + " px)");
                assertNoSidewaysScrolling(page, "the claims page (" + language + ", " + width + " px)");
                // What does not fit scrolls inside its own box, which a keyboard reaches.
                assertEquals("0", table.locator("xpath=..").getAttribute("tabindex"));
                Axe.assertNoViolation(page, "the timeline (" + language + ", " + width + " px)");
                Chromium.screenshot(page, "reading-" + language + "-" + width);
                page.context().close();
            }
        }
    }

    @Test
    void noLegendEntryOrTitleIsCutInEitherChart() {
        for (String language : List.of("en", "ar")) {
            for (String chart : List.of("", "&width=400")) {
                Page page = chromium.page(1280, language);
                page.navigate(base + "timelines/chart.svg?" + KILLED + "&lang=" + language + chart);
                assertEquals("", page.evaluate(TEXT_OUTSIDE), "text beyond the chart (" + language + chart + ")");
                page.context().close();
            }
        }
    }

    @Test
    void afterSwitchingLanguageTheChartIsInThePagesLanguage() {
        for (int width : WIDTHS) {
            Page page = chromium.page(width, "en");
            page.navigate(base + "timelines?" + KILLED);
            Locator chart = page.getByRole(AriaRole.IMG);
            String english = (String) chart.evaluate("img => img.currentSrc");
            page.getByRole(AriaRole.LINK, named("العربية")).click();
            page.waitForURL("**lang=ar**");
            chart = page.getByRole(AriaRole.IMG);
            String arabic = (String) chart.evaluate("img => img.currentSrc");
            assertTrue(arabic.contains("lang=ar"), "the Arabic page's chart names Arabic: " + arabic);
            assertTrue(!arabic.equals(english), "another address than the English chart's: " + english);
            String svg = (String) page.evaluate("src => fetch(src).then(r => r.text())", arabic);
            assertTrue(svg.contains("قتلى مدنيون"), "the chart shown is drawn in Arabic at " + width);
            TimelineInBrowserTest.assertLoadedWithin(page, chart, width);
            page.context().close();
        }
    }
}
