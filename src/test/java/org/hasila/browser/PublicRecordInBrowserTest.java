package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * The public record as a reader sees it, in English and Arabic, on a phone and a desk: the corrections, a corrected
 * claim, a timeline as it stood before the correction, and that state pinned in an embed on a newsroom's article.
 */
@QuarkusTest
class PublicRecordInBrowserTest extends InBrowser {

    static final String KILLED = "conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";

    long claim;
    Instant beforeTheDispute;

    /** The seed article, then its prosecutor's 47 killed disputed by an editor with a reason. */
    @BeforeEach
    void aCorrectedSeedArticle() throws InterruptedException {
        Api.onlyTheSeedArticle(database);
        claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        Thread.sleep(15);
        beforeTheDispute = Instant.now();
        Thread.sleep(15);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/claims/" + claim, "/review/claims/" + claim + "/status",
                Map.of("status", "disputed", "reason", "Local hospitals count fewer dead.", "back", "?")).statusCode());
    }

    @Test
    void theRecordReadsInTheReadersLanguageAndFitsPhoneAndDesk() {
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] { 390, 1280 }) {
                Page page = chromium.page(width, language);
                for (String path : List.of("corrections", "claims/" + claim,
                        "timelines?" + KILLED + "&at=" + beforeTheDispute)) {
                    page.navigate(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                    check(page, language, width, path.replaceAll("[?&].*", "").replaceAll("/\\d+", ""));
                    if (path.startsWith("claims/")) {
                        // A note in another language starts where every value of the claim starts, by its label
                        Number apart = (Number) page.evaluate("""
                                rtl => { const edge = dd => { const r = document.createRange(); r.selectNodeContents(dd);
                                  const box = r.getBoundingClientRect(); return rtl ? box.right : box.left; };
                                  const values = [...document.querySelectorAll('.facts dd')];
                                  return Math.abs(edge(values.at(-1)) - edge(values.at(-2))); }""",
                                language.equals("ar"));
                        assertTrue(apart.doubleValue() < 8, "the note stands " + apart + " px from the other values");
                    }
                }
                // One word for the embed code in each language, the label's and its two hints'
                assertFalse(page.locator("main").innerText().contains("رمز التضمين"), "two words for the embed code");
                page.context().close();
            }
        }
    }

    /**
     * The embed code the timeline's page gives for the state before the correction, pasted into a newsroom's article:
     * on a phone and a desk the whole chart and its lines show inside the frame, and its chart names no table, which
     * it has not.
     */
    @Test
    void thePinnedEmbedOnANewsroomsArticleShowsWholeAndSpeaksOfWhatItHas() {
        for (String language : List.of("en", "ar")) {
            Page timeline = chromium.page(1280, language);
            timeline.navigate(base + "timelines?" + KILLED + "&at=" + beforeTheDispute + "&lang=" + language);
            String embedCode = timeline.locator("#embed-pinned").inputValue();
            timeline.context().close();
            for (int width : new int[] { 360, 390, 1280 }) {
                try (Newsroom newsroom = new Newsroom("<!DOCTYPE html><html lang='" + language + "'><head><title>"
                        + "An article</title><meta name='viewport' content='width=device-width, initial-scale=1'>"
                        + "</head><body style='margin:0'><main><h1>An article</h1>" + embedCode.replace("loading=\"lazy\"", "")
                        + "</main></body></html>")) {
                    String where = "an article with the embed (" + language + ", " + width + " px)";
                    Page page = chromium.page(width, language);
                    page.navigate(newsroom.article());
                    FrameLocator embed = page.frameLocator("iframe");
                    Locator chart = embed.getByRole(AriaRole.IMG);
                    assertThat(chart).isVisible();
                    String alt = chart.getAttribute("alt");
                    assertFalse(alt.contains("table") || alt.contains("الجدول"), alt);
                    BoundingBox frame = page.locator("iframe").boundingBox();
                    BoundingBox last = embed.getByRole(AriaRole.LINK).last().boundingBox();
                    BoundingBox drawn = chart.boundingBox();
                    assertTrue(drawn.y + drawn.height <= frame.y + frame.height + 1,
                            where + ": the chart is cut at " + frame.height + " px of " + (drawn.y + drawn.height - frame.y));
                    assertTrue(last.y + last.height <= frame.y + frame.height + 1,
                            where + ": the link under the chart is cut, frame " + frame.height + " px");
                    assertNoSidewaysScrolling(page, where);
                    Axe.assertNoViolation(page, where);
                    Chromium.screenshot(page, "record-" + language + "-" + width + "-embed");
                    page.context().close();
                }
            }
        }
    }

    /** The page is in the reader's language and direction, fits the width, passes axe, and is kept as a screenshot. */
    private static void check(Page page, String language, int width, String name) {
        String where = name + " (" + language + ", " + width + " px)";
        assertEquals(language, page.locator("html").getAttribute("lang"), where);
        assertEquals(language.equals("ar") ? "rtl" : "ltr", page.locator("html").getAttribute("dir"), where);
        assertNoSidewaysScrolling(page, where);
        Axe.assertNoViolation(page, where);
        Chromium.screenshot(page, "record-" + language + "-" + width + "-" + name.replace('/', '-'));
    }
}
