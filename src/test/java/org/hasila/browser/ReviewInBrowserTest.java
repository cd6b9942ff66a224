package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An editor reviews the seed article's fourteen drafts as one source and publishes them in one action. */
@QuarkusTest
class ReviewInBrowserTest extends InBrowser {

    @BeforeEach
    void theSeedArticleAsDrafts() {
        database.emptyClaimsRegister();
        Api.importCsv(Fixtures.seedArticle(), "").statusCode(201);
    }

    @Test
    void anEditorPublishesASourcesClaimsInOneAction() {
        Page editor = chromium.page(1280, "en");
        logIn(editor, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.getByRole(AriaRole.LINK, named("Review")).click();
        assertThat(editor.locator("section.source-review")).hasCount(1);
        assertThat(editor.getByRole(AriaRole.CHECKBOX)).hasCount(14);
        assertThat(editor.locator("blockquote.queued-quote").first()).hasAttribute("lang", "ar");

        // Disputing without a reason comes back with the choice kept and the message next to the reason
        editor.getByRole(AriaRole.CHECKBOX).first().uncheck();
        editor.getByLabel("Dispute them").check();
        editor.getByLabel("Reason for disputing").evaluate("input => input.value = ''");
        editor.getByRole(AriaRole.BUTTON, named("Apply to the chosen claims")).click();
        assertThat(editor.locator(".field.invalid .error")).containsText("Disputing needs a reason readers can see.");
        assertThat(editor.getByLabel("Dispute them")).isChecked();
        assertThat(editor.getByRole(AriaRole.CHECKBOX).first()).not().isChecked();
        assertThat(editor.getByRole(AriaRole.CHECKBOX).nth(1)).isChecked();
        Axe.assertNoViolation(editor, "review-source-error-1280");

        editor.getByRole(AriaRole.CHECKBOX).first().check();
        editor.getByLabel("Publish them").check();
        Axe.assertNoViolation(editor, "review-source-1280");
        editor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/mend-review-1280.png")).setFullPage(true));
        editor.getByRole(AriaRole.BUTTON, named("Apply to the chosen claims")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).containsText("are published");
        assertThat(editor.getByText("Nothing waits for review.")).isVisible();
        Api.publishedClaims().body("claims.size()", org.hamcrest.Matchers.equalTo(14));
        assertEquals(14, database.countClaims());
        editor.context().close();

        Page phone = chromium.page(390, "en");
        Api.importCsv(Api.csv(Api.rowWith("value", "48")), "").statusCode(201);
        logIn(phone, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        phone.navigate(base + "review?lang=ar");
        assertThat(phone.locator("section.source-review")).hasCount(1);
        Axe.assertNoViolation(phone, "review-source-390-ar");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/mend-review-390-ar.png")).setFullPage(true));
        phone.context().close();
    }
}
