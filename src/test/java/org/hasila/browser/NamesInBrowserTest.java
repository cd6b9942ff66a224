package org.hasila.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Api;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo data's comparison timeline (five claimants of both sides count Azerbaijan's soldiers killed) read on
 * phones and desks in English and Arabic: names in the page's language, no word broken inside, no legend cut, the
 * chart in the page's language after switching, axe-core clean.
 */
@QuarkusTest
class NamesInBrowserTest extends InBrowser {

    static final String COMPARED = "conflict=2020-nagorno-karabakh-war&category=soldiers-killed&subject=Azerbaijan";
    static final int[] WIDTHS = { 360, 390, 1280 };
    /** The Armenian ministry, which counts Azerbaijan's losses: the other side's claimant. */
    static final String ARMENIAN_MINISTRY_AR = "وزارة الدفاع الأرمينية";
    static final String AZERBAIJANI_MINISTRY_AR = "وزارة الدفاع الأذربيجانية";

    @BeforeEach
    void demoData() {
        database.emptyClaimsRegister();
        Api.importCsv(Fixtures.seedArticleArabic(), "?publish=true").statusCode(201);
        Api.importCsv(Fixtures.comparisonsArabic(), "?publish=true").statusCode(201);
    }

    @Test
    void theComparisonTimelineReadsWholeInBothLanguagesOnPhonesAndDesks() {
        for (String language : List.of("en", "ar")) {
            for (int width : WIDTHS) {
                Page page = chromium.page(width, language);
                page.navigate(base + "timelines?" + COMPARED + "&lang=" + language);
                String heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))
                        .textContent();
                assertTrue(heading.contains(language.equals("ar") ? "أذربيجان" : "Azerbaijan"), heading);
                Locator table = page.getByRole(AriaRole.TABLE);
                String cells = table.textContent();
                assertEquals(language.equals("ar"), cells.contains(ARMENIAN_MINISTRY_AR), cells);
                assertEquals(language.equals("en"), cells.contains("Ministry of Defence of Armenia"), cells);
                assertEquals("", table.evaluate(ArabicReadingInBrowserTest.BROKEN_WORDS),
                        "words broken in the table (" + language + ", " + width + " px)");
                assertNoSidewaysScrolling(page, "the timeline (" + language + ", " + width + " px)");
                String chart = (String) page.getByRole(AriaRole.IMG).evaluate("img => img.currentSrc");
                String svg = (String) page.evaluate("src => fetch(src).then(r => r.text())", chart);
                assertEquals(language.equals("ar"), svg.contains(ARMENIAN_MINISTRY_AR), "the chart's names: " + chart);
                Axe.assertNoViolation(page, "the comparison timeline (" + language + ", " + width + " px)");
                Chromium.screenshot(page, "names-" + language + "-" + width);
                if (language.equals("ar") && width == 390) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/names-timeline-ar-390.png"))
                            .setFullPage(true));
                    page.locator("figure.chart").screenshot(new Locator.ScreenshotOptions()
                            .setPath(Path.of("/tmp/names-chart-on-page-ar-390.png")));
                    table.screenshot(new Locator.ScreenshotOptions().setPath(Path.of("/tmp/names-table-ar-390.png")));
                }
                if (language.equals("ar") && width == 1280) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/names-timeline-ar-1280.png"))
                            .setFullPage(true));
                }
                page.context().close();
            }
        }
    }

    @Test
    void noNameOfTheLegendIsCutInEitherLanguageOrWidth() {
        for (String language : List.of("en", "ar")) {
            for (String width : List.of("", "&width=400")) {
                Page page = chromium.page(1280, language);
                page.navigate(base + "timelines/chart.svg?" + COMPARED + "&lang=" + language + width);
                assertEquals("", page.evaluate(ArabicReadingInBrowserTest.TEXT_OUTSIDE),
                        "text beyond the chart (" + language + width + ")");
                page.context().close();
            }
        }
    }

    @Test
    void afterSwitchingToArabicTheChartNamesInArabic() throws IOException {
        for (int width : WIDTHS) {
            Page page = chromium.page(width, "en");
            page.navigate(base + "timelines?" + COMPARED);
            page.getByRole(AriaRole.LINK, named("العربية")).click();
            page.waitForURL("**lang=ar**");
            String chart = (String) page.getByRole(AriaRole.IMG).evaluate("img => img.currentSrc");
            assertTrue(chart.contains("lang=ar"), chart);
            String svg = (String) page.evaluate("src => fetch(src).then(r => r.text())", chart);
            assertTrue(svg.contains(ARMENIAN_MINISTRY_AR) && svg.contains(AZERBAIJANI_MINISTRY_AR),
                    "the chart shown names the claimants in Arabic at " + width);
            assertFalse(svg.contains("Ministry of Defence of Armenia"), "no English name left at " + width);
            page.context().close();
        }
        byte[] png = given().get(base + "timelines/chart.png?" + COMPARED + "&lang=ar").then().statusCode(200)
                .extract().asByteArray();
        Files.write(Path.of("/tmp/names-chart-ar.png"), png);
    }
}
