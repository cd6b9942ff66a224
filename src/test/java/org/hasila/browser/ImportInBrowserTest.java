package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Accounts;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An editor logs in, imports the seed article through the preview, and readers find it on the first screen. */
@QuarkusTest
class ImportInBrowserTest extends InBrowser {

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
    }

    void logIn(Page page) {
        page.navigate(base + "login");
        page.getByLabel("Username").fill(Accounts.EDITOR);
        page.getByLabel("Password").fill(Accounts.EDITOR_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signed in as admin")))
                .isVisible();
    }

    @Test
    void anEditorImportsTheSeedArticleAfterAPreview() {
        for (int width : new int[] { 1280, 390 }) {
            database.emptyClaimsRegister();
            Page page = chromium.page(width, "en");
            logIn(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import CSV")).click();
            page.getByLabel("Claims CSV file").setInputFiles(Fixtures.SEED_ARTICLE);
            Axe.assertNoViolation(page, "import-form-" + width);
            Chromium.screenshot(page, "import-form-" + width);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Preview of karabakh-2020-aljazeera-mubasher.csv");
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("new claim").setExact(true)))
                    .hasCount(14);
            Axe.assertNoViolation(page, "import-preview-" + width);
            Chromium.screenshot(page, "import-preview-" + width);
            assertEquals(0, database.countClaims());

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these claims")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported 14 new claims");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conflicts")).click();
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("2020 Nagorno-Karabakh war")))
                    .containsText("14 published claims");
            Axe.assertNoViolation(page, "home-" + width);
            Chromium.screenshot(page, "home-" + width);
            page.context().close();
        }
    }

    @Test
    void theFirstScreenReadsRightToLeftInArabic() {
        Page page = chromium.page(390, "ar");
        page.navigate(base.toString());
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("ادعاءات الخسائر، جنبًا إلى جنب");
        Axe.assertNoViolation(page, "home-ar-390");
        Chromium.screenshot(page, "home-ar-390");
        page.context().close();
    }
}
