package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journalist enters the seed article and three of its claims in Chromium; an editor publishes one, disputes it
 * with a reason, and reads its history.
 */
@QuarkusTest
class DeskInBrowserTest extends InBrowser {

    static final String TITLE = "بومبيو يأمل أن تتمكن أرمينيا من “الدفاع عن نفسها” في وجه أذربيجان.. وينتقد تركيا";

    @Inject
    Accounts accounts;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    void claimContext(Page page) {
        page.getByLabel("Conflict").fill("2020 Nagorno-Karabakh war");
        page.getByLabel("Claimant", new Page.GetByLabelOptions().setExact(true))
                .fill("Prosecutor General's Office of Azerbaijan");
        page.getByLabel("speaks for a side").check();
        page.getByLabel("Speaks for", new Page.GetByLabelOptions().setExact(true)).fill("Azerbaijan");
        page.getByLabel("Losses of").fill("Azerbaijan");
        page.getByLabel("Blames").fill("Armenia");
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("2020-09-27");
        page.getByLabel("As of").fill("2020-10-16");
    }

    @Test
    void aJournalistEntersTheSeedArticleAndAnEditorReviewsIt() {
        Page page = chromium.page(1280, "en");
        logIn(page, Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        page.getByRole(AriaRole.LINK, named("Desk")).click();
        page.getByRole(AriaRole.LINK, named("Enter a new source")).click();
        page.getByLabel("Outlet").fill("Al Jazeera Mubasher (with agencies)");
        page.getByLabel("Title").fill(TITLE);
        page.getByLabel("Published on").fill("2020-10-16");
        page.getByLabel("Language of the source").selectOption("ar");
        page.getByRole(AriaRole.BUTTON, named("Save the source and add its claims")).click();

        // 1. Civilians killed, with its Arabic quote
        claimContext(page);
        page.getByLabel("Kind of loss").selectOption("civilians-killed");
        page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("47");
        page.getByLabel("Quote, in the source's language").fill("وأعلنت أذربيجان عن مقتل 47 مدنيا وإصابة 222 آخرين");
        page.getByLabel("Translation into English").fill("Azerbaijan announced that 47 civilians were killed.");
        Axe.assertNoViolation(page, "entry-form-1280");
        Chromium.screenshot(page, "entry-form-1280");
        page.getByRole(AriaRole.BUTTON, named("Add the claim")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The claim has been added as a draft");
        assertThat(page.getByLabel("Claimant", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Prosecutor General's Office of Azerbaijan");
        assertThat(page.getByLabel("Quote, in the source's language")).hasAttribute("lang", "ar");

        // A form with errors comes back with them next to the fields and everything typed kept
        page.getByLabel("Kind of loss").selectOption("civilians-injured");
        page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("-222");
        page.getByLabel("As of").fill("");
        page.getByLabel("Notes for readers").fill("Kept after the error");
        page.getByLabel("As of").evaluate("input => input.removeAttribute('required')");
        page.getByRole(AriaRole.BUTTON, named("Add the claim")).click();
        assertThat(page.locator("#value-error")).containsText("is not a whole number");
        assertThat(page.locator("#period_end-error")).containsText("is required");
        assertThat(page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true))).hasValue("-222");
        assertThat(page.getByLabel("Notes for readers")).hasValue("Kept after the error");
        Axe.assertNoViolation(page, "entry-form-errors-1280");
        Chromium.screenshot(page, "entry-form-errors-1280");

        // 2. Civilians injured as a range: the figure fields follow the qualifier
        page.getByLabel("The figure is").selectOption("range");
        assertThat(page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true))).isHidden();
        page.getByLabel("Lowest figure").fill("211");
        page.getByLabel("Highest figure").fill("222");
        page.getByLabel("As of").fill("2020-10-16");
        page.getByRole(AriaRole.BUTTON, named("Add the claim")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The claim has been added as a draft");

        // 3. Soldiers killed, "a number of": no figure
        page.getByLabel("Claimant", new Page.GetByLabelOptions().setExact(true)).fill("Ministry of Defence of Azerbaijan");
        page.getByLabel("Losses of").fill("Armenia");
        page.getByLabel("Blames").fill("Azerbaijan");
        page.getByLabel("Kind of loss").selectOption("soldiers-killed");
        page.getByLabel("The figure is").selectOption("unspecified");
        page.getByLabel("Counting").selectOption("incremental");
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("2020-10-15");
        page.getByRole(AriaRole.BUTTON, named("Add the claim")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The claim has been added as a draft");
        assertThat(page.locator("ol.claims > li")).hasCount(3);
        assertEquals(3, database.countClaims());

        Page phone = chromium.page(390, "en");
        logIn(phone, Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        phone.navigate(page.url());
        Axe.assertNoViolation(phone, "entry-form-390");
        Chromium.screenshot(phone, "entry-form-390");
        phone.context().close();
        page.context().close();

        Page editor = chromium.page(1280, "en");
        logIn(editor, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.getByRole(AriaRole.LINK, named("Review")).click();
        editor.getByRole(AriaRole.CHECKBOX).all().forEach(box -> box.uncheck());
        editor.getByLabel("47 — Civilians killed", new Page.GetByLabelOptions().setExact(false)).check();
        editor.getByRole(AriaRole.BUTTON, named("Apply to the chosen claims")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).containsText("are published");
        long killed = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        editor.navigate(base + "claims/" + killed);
        editor.getByLabel("Status").selectOption("disputed");
        editor.getByLabel("Reason").fill("Local hospitals count fewer dead.");
        editor.getByRole(AriaRole.BUTTON, named("Set status")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).containsText("has been set");
        assertThat(editor.getByRole(AriaRole.HEADING, named("History"))).isVisible();
        assertThat(editor.locator("ol.history > li")).hasCount(3);
        assertThat(editor.locator("ol.history > li").first()).containsText("Local hospitals count fewer dead.");
        Axe.assertNoViolation(editor, "claim-history-1280");
        Chromium.screenshot(editor, "claim-history-1280");
        editor.context().close();
    }

    /**
     * A claim that comes back with problems opens with their summary, on a phone and on a desktop: in the first
     * screen, focused, each problem naming its field and moving the focus to it.
     */
    @Test
    void aFailedClaimOpensWithASummaryThatLeadsToEachField() {
        for (int width : new int[] { 390, 1280 }) {
            database.emptyClaimsRegister();
            Page page = chromium.page(width, "en");
            logIn(page, Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
            assertEquals(base + "desk", page.url(), "a journalist lands on the desk");
            page.getByRole(AriaRole.LINK, named("Enter a new source")).click();
            page.getByLabel("Outlet").fill("Al Jazeera Mubasher (with agencies)");
            page.getByLabel("Language of the source").selectOption("ar");
            page.getByRole(AriaRole.BUTTON, named("Save the source and add its claims")).click();
            claimContext(page);
            page.getByLabel("Kind of loss").selectOption("civilians-killed");
            page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true)).fill("-3");
            page.getByRole(AriaRole.BUTTON, named("Add the claim")).click();

            var summary = page.getByRole(AriaRole.ALERT).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("There is a problem"));
            assertThat(summary).isFocused();
            var box = summary.boundingBox();
            assertEquals(true, box.y + box.height <= page.viewportSize().height, "in the first screen: " + box.y);
            Axe.assertNoViolation(page, "entry-error-summary-" + width);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("/tmp/desk-error-summary-" + width + ".png")));
            summary.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Figure: '-3' is not a whole number")).click();
            assertThat(page.getByLabel("Figure", new Page.GetByLabelOptions().setExact(true))).isFocused();
            page.context().close();
        }
    }

    /**
     * The same article entered again with another archived copy: the form says so next to the field, in Arabic on a
     * phone, keeps what was typed, and replaces the stored copy only once the editor ticks to replace it.
     */
    @Test
    void anArticleEnteredAgainWithOtherEvidenceSaysSoNextToTheFieldUntilTicked() {
        Page page = chromium.page(390, "en");
        logIn(page, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        for (String archive : new String[] { "https://web.archive.org/web/2020/https://example.org/a",
                "https://archive.ph/other" }) {
            page.navigate(base + "desk/sources/new?lang=ar");
            page.locator("#source_outlet").fill("Al Jazeera Mubasher (with agencies)");
            page.locator("#source_title").fill(TITLE);
            page.locator("#source_published_on").fill("2020-10-16");
            page.locator("#source_archive_url").fill(archive);
            page.locator("#source-form button[type=submit]").click();
        }
        assertThat(page.locator("#source_archive_url-error")).containsText("https://web.archive.org/web/2020/");
        assertThat(page.locator("#source_archive_url")).hasValue("https://archive.ph/other");
        assertThat(page.getByRole(AriaRole.LINK, named("افتح المصدر كما هو محفوظ"))).isVisible();
        Axe.assertNoViolation(page, "source-entered-again-390-ar");
        Chromium.screenshot(page, "source-entered-again-390-ar");
        page.getByLabel("استبدل بالأدلة المحفوظة ما أدخلته").check();
        page.locator("#source-form button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("مع الأدلة التي أدخلتها");
        assertEquals("https://archive.ph/other",
                database.sourceField(database.idOf("Source", "outlet", "Al Jazeera Mubasher (with agencies)"),
                        "archiveUrl"));
        page.context().close();
    }
}
