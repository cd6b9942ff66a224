package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader arrives on the first screen and walks to a source: home, conflict, timeline, claim, source; in
 * English and, through the language switch, in Arabic; on a phone and on a desk. Every page passes axe-core and
 * scrolls only downwards.
 */
@QuarkusTest
class ReaderWalkInBrowserTest extends InBrowser {

    static final String ARCHIVE = "https://web.archive.org/web/20201016/https://mubasher.aljazeera.net/news";

    /** The seed article, its source with its evidence: the archived copy and the article's text as captured. */
    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
        long source = database.idOf("Source", "outlet", "Al Jazeera Mubasher (with agencies)");
        Map<String, String> fields = new HashMap<>();
        for (String field : List.of("outlet", "title", "url", "publishedOn", "language")) {
            Object value = database.sourceField(source, field);
            fields.put("source_" + field.replace("publishedOn", "published_on"), value == null ? "" : value.toString());
        }
        fields.putAll(Map.of("source_archive_url", ARCHIVE, "source_captured_text", Fixtures.seedArticleText(),
                "reason", "The article's archived copy and text are kept."));
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String sourcePage = "/desk/sources/" + source;
        assertEquals(303, editor.submit(sourcePage + "/edit", sourcePage, fields).statusCode());
    }

    @Test
    void homeConflictTimelineClaimSourceInBothLanguagesOnPhoneAndDesk() {
        for (String language : List.of("en", "ar")) {
            for (int width : new int[] { 390, 1280 }) {
                walk(language, width);
            }
        }
    }

    @Test
    void everyReadersPageFitsTheNarrowestPhone() {
        long claimant = database.idOf("Claimant", "name", "Prosecutor General's Office of Azerbaijan");
        long source = database.idOf("Source", "outlet", "Al Jazeera Mubasher (with agencies)");
        long claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        for (String language : List.of("en", "ar")) {
            Page page = chromium.page(360, language);
            for (String path : List.of("", "conflicts/2020-nagorno-karabakh-war", "claims", "claims/" + claim,
                    "claimants/" + claimant, "sources/" + source, "api", "corrections",
                    "timelines?conflict=2020-nagorno-karabakh-war&category=buildings-damaged&subject=Azerbaijan")) {
                page.navigate(base + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                assertNoSidewaysScrolling(page, path + " (" + language + ", 360 px)");
                Axe.assertNoViolation(page, path + " (" + language + ", 360 px)");
            }
            Chromium.screenshot(page, "phone-360-" + language + "-timeline");
            page.context().close();
        }
    }

    @Test
    void theAccessibilityCheckFindsWhatItLooksFor() {
        Page page = chromium.page(1280, "en");
        page.setContent("<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><main>"
                + "<form><input type='text'></form><img src='x.png'></main></body></html>");
        AssertionError failure = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> Axe.assertNoViolation(page, "a form without labels"));
        assertTrue(failure.getMessage().contains("label"), failure.getMessage());
        page.context().close();
    }

    private void walk(String language, int width) {
        boolean arabic = language.equals("ar");
        Page page = chromium.page(width, "en");
        page.navigate(base.toString());
        if (arabic) {
            page.getByRole(AriaRole.LINK, named("العربية")).click();
        }
        check(page, language, width, "home", arabic ? "ادعاءات الخسائر، جنبًا إلى جنب" : "Casualty claims, compared");

        page.getByRole(AriaRole.LINK, named("2020 Nagorno-Karabakh war")).first().click();
        check(page, language, width, "conflict", "2020 Nagorno-Karabakh war");
        assertThat(page.getByRole(AriaRole.HEADING, named(arabic ? "من يقول ماذا" : "Who says what")))
                .isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(arabic
                ? "الخط الزمني: .قتلى مدنيون.، خسائر .Azerbaijan."
                : "Timeline: .Civilians killed., losses of .Azerbaijan.")))
                .click();
        check(page, language, width, "timeline", null);
        assertThat(page.getByRole(AriaRole.IMG)).isVisible();

        page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).last().click();
        check(page, language, width, "claim", "Prosecutor General's Office of Azerbaijan");
        assertThat(page.locator("blockquote[lang=ar]").first()).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named(arabic ? "النسخة المؤرشفة" : "Archived copy")).first())
                .hasAttribute("href", ARCHIVE);
        page.locator("details.captured summary").first().click();
        assertThat(page.locator(".captured-text[lang=ar]").first()).isVisible();
        assertThat(page.locator(".sha256 code").first()).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
        check(page, language, width, "claim-captured-text", null);

        page.getByRole(AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Al Jazeera Mubasher")).first().click();
        check(page, language, width, "source", "Al Jazeera Mubasher (with agencies)");
        assertEquals(14, page.locator("li.claim-line").count());

        page.navigate(base + "claims?category=civilians-killed");
        check(page, language, width, "claims", null);
        page.navigate(base + "no-such-page");
        check(page, language, width, "not-found", arabic ? "الصفحة غير موجودة" : "Page not found");
        page.context().close();
    }

    /** The page is in the language, passes axe, has no sideways scrolling, and is kept as a screenshot. */
    private static void check(Page page, String language, int width, String name, String heading) {
        assertEquals(language, page.locator("html").getAttribute("lang"), name);
        assertEquals(language.equals("ar") ? "rtl" : "ltr", page.locator("html").getAttribute("dir"), name);
        if (heading != null) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText(heading);
        }
        assertNoSidewaysScrolling(page, name + " (" + language + ", " + width + " px)");
        Axe.assertNoViolation(page, name + " (" + language + ", " + width + " px)");
        Chromium.screenshot(page, "walk-" + language + "-" + width + "-" + name);
    }
}
