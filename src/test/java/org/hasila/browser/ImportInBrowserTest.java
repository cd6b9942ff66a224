package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.interchange.ImportJob;
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
    void aJobsPageFollowsItsProgressWithoutReloadingAndSaysWhyItFailed() {
        Instant now = Instant.now();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.kind = ImportJob.Kind.IMPORT;
            job.fileName = "monitor-2024.csv";
            job.fileSha256 = "ab".repeat(32);
            job.runningSha256 = job.fileSha256;
            job.startedBy = Accounts.EDITOR;
            job.instance = "another-instance:8080";
            job.publish = true;
            job.state = ImportJob.State.RUNNING;
            job.rowsTotal = 200_000L;
            job.rowsChecked = 50_000;
            job.rowsStored = 50_000;
            job.bytesTotal = 61_000_000;
            job.startedAt = now.minusSeconds(60);
            job.heartbeatAt = now;
            job.persist();
            return job.id;
        });
        Page page = chromium.page(390, "en");
        logIn(page);
        page.navigate(base + "imports/jobs/" + id);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Importing monitor-2024.csv");
        assertThat(page.getByRole(AriaRole.PROGRESSBAR, named("Progress"))).hasAttribute("value", "250");
        assertThat(page.getByText("50000 rows checked")).isVisible();
        assertThat(page.getByText("Time left: about 3:00")).isVisible();
        Axe.assertNoViolation(page, "import-job-390");
        Chromium.screenshot(page, "import-job-390");

        page.evaluate("window.sameDocument = true");
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update(
                "rowsChecked = 100000, rowsStored = 100000, heartbeatAt = ?1 where id = ?2", Instant.now(), id));
        assertThat(page.getByText("100000 rows checked")).isVisible();
        assertThat(page.getByRole(AriaRole.PROGRESSBAR, named("Progress"))).hasAttribute("value", "500");
        assertEquals(true, page.evaluate("window.sameDocument === true"), "the page followed without reloading");

        // Its instance stops beating: the job is failed, and the page says so
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("heartbeatAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofMinutes(5)), id));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "The server stopped during the import; nothing was stored. Start it again.");
        Axe.assertNoViolation(page, "import-job-failed-390");
        page.context().close();
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
