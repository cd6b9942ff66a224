package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.support.Accounts;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journalist enters the seed article by pasting its text: Hasila suggests its claims as filled forms, the
 * journalist corrects one and saves them all as drafts. Counts the form submissions and the fields typed, against
 * entering the claims one by one (2 submissions and 12 typed fields a claim).
 */
@QuarkusTest
class PasteArticleInBrowserTest extends InBrowser {

    @Inject
    Accounts accounts;

    /** Form submissions and fields a person typed in, chose or pasted. */
    final AtomicInteger submissions = new AtomicInteger();
    final AtomicInteger typed = new AtomicInteger();

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    Page journalist() {
        Page page = chromium.page(1280, "en");
        logIn(page, Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.isNavigationRequest()) {
                submissions.incrementAndGet();
            }
        });
        return page;
    }

    void type(Locator field, String value) {
        field.fill(value);
        typed.incrementAndGet();
    }

    void choose(Locator field, String value) {
        field.selectOption(value);
        typed.incrementAndGet();
    }

    void newSource(Page page) {
        page.getByRole(AriaRole.LINK, named("Desk")).click();
        page.getByRole(AriaRole.LINK, named("Enter a new source")).click();
        type(page.getByLabel("Outlet"), "Al Jazeera Mubasher (with agencies)");
        type(page.getByLabel("Title"), DeskInBrowserTest.TITLE);
        type(page.getByLabel("Published on"), "2020-10-16");
        choose(page.getByLabel("Language of the source"), "ar");
        page.getByRole(AriaRole.BUTTON, named("Save the source and add its claims")).click();
    }

    Locator suggestion(Page page, String value) {
        return page.locator("fieldset.suggestion:has(input[name=value][value='" + value + "'])");
    }

    @Test
    void aJournalistPastesTheSeedArticleAndSavesItsClaimsAsDrafts() {
        Page page = journalist();
        newSource(page);
        int sourceSubmissions = submissions.getAndSet(0);
        int sourceFields = typed.getAndSet(0);

        page.getByRole(AriaRole.LINK, named("Paste the article: Hasila suggests its claims")).click();
        assertThat(page.getByLabel("The text's language")).hasValue("ar");
        type(page.getByLabel("Conflict"), "2020 Nagorno-Karabakh war");
        type(page.getByLabel("The article's text"), Fixtures.seedArticleText());
        Axe.assertNoViolation(page, "paste-article-1280");
        page.getByRole(AriaRole.BUTTON, named("Find the claims")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named("Claims found in the article"))).isVisible();
        assertThat(page.locator("fieldset.suggestion")).hasCount(14);
        Locator tanks = suggestion(page, "2");
        assertThat(tanks.getByLabel("Kind of loss")).hasValue("equipment-destroyed");
        assertThat(tanks.getByLabel("Item")).hasValue("tank T-72");
        assertThat(tanks.getByLabel("Counting")).hasValue("incremental");
        assertThat(tanks.getByLabel("From")).hasValue("2020-10-15");
        assertThat(suggestion(page, "47").getByLabel("Quote, in the source's language"))
                .hasValue(
                        "وأعلنت أذربيجان عن مقتل 47 مدنيا وإصابة 222 آخرين في القصف الأرميني على المناطق السكنية الأذربيجانية.");
        Axe.assertNoViolation(page, "suggestions-1280");
        Chromium.screenshot(page, "suggestions-1280");

        // The earlier toll is quoted without its date: the journalist says so
        choose(suggestion(page, "46").getByLabel("The as-of date is"), AsOfPrecision.ON_OR_BEFORE.slug());
        page.getByRole(AriaRole.BUTTON, named("Save the ticked claims as drafts")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Claims saved as drafts: 14.");
        assertThat(page.locator("ol.claims > li")).hasCount(14);
        assertEquals(14, database.countClaims());
        assertEquals(14, database.countDrafts());
        assertEquals(AsOfPrecision.ON_OR_BEFORE,
                database.claimField(database.claimId("النيابة العامة الأذرية", 46), "asOfPrecision"));

        int claims = 14;
        System.out.printf("Source: %d submission, %d typed fields (the same either way)%n", sourceSubmissions,
                sourceFields);
        System.out.printf("Pasting the article: %d submissions and %d typed fields for %d claims; one by one: %d "
                + "submissions and %d typed fields (2 and 12 a claim)%n", submissions.get(), typed.get(), claims,
                2 * claims, 12 * claims);
        assertEquals(2, submissions.get());
        assertEquals(3, typed.get());
        page.context().close();

        // An editor publishes the whole source in one action
        Page editor = chromium.page(1280, "en");
        logIn(editor, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.onRequest(request -> {
            if (request.method().equals("POST") && request.isNavigationRequest()) {
                submissions.incrementAndGet();
            }
        });
        submissions.set(0);
        assertThat(editor.locator("section.source-review")).hasCount(1);
        assertThat(editor.getByRole(AriaRole.CHECKBOX)).hasCount(14);
        editor.getByLabel("Publish them").check();
        editor.getByRole(AriaRole.BUTTON, named("Apply to the chosen claims")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).containsText("are published");
        assertEquals(0, database.countDrafts());
        assertEquals(1, submissions.get(), "the editor publishes the source's fourteen claims in one submission");
        System.out.printf("Reviewing the source: %d submission for %d claims; one by one: %d%n", submissions.get(),
                claims, claims);
        editor.context().close();
    }

    @Test
    void aSuggestionWithAProblemComesBackWithItNextToTheFieldAndNothingIsSaved() {
        Page page = journalist();
        newSource(page);
        page.getByRole(AriaRole.LINK, named("Paste the article: Hasila suggests its claims")).click();
        page.getByLabel("The text's language").selectOption("en");
        page.getByLabel("Conflict").fill("2020 Nagorno-Karabakh war");
        page.getByRole(AriaRole.BUTTON, named("Find the claims")).click();
        assertThat(page.locator("#text-error")).containsText("The article's text is required");
        assertThat(page.getByLabel("Conflict")).hasValue("2020 Nagorno-Karabakh war");
        assertThat(page.getByLabel("The text's language")).hasValue("en");

        page.getByLabel("The article's text").fill("Azerbaijan's defence ministry said 22 Armenian tanks were "
                + "destroyed overnight. A reporter counted 40 houses damaged by shelling in Tartar.");
        page.getByRole(AriaRole.BUTTON, named("Find the claims")).click();
        assertThat(page.locator("fieldset.suggestion")).hasCount(2);
        Locator tanks = suggestion(page, "22");
        assertThat(tanks.getByLabel("Claimant", new Locator.GetByLabelOptions().setExact(true)))
                .hasValue("Azerbaijan's defence ministry");
        tanks.getByLabel("Figure", new Locator.GetByLabelOptions().setExact(true)).fill("-22");
        suggestion(page, "40").getByLabel("Save this claim").uncheck();
        page.getByRole(AriaRole.BUTTON, named("Save the ticked claims as drafts")).click();

        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Nothing has been saved");
        assertThat(page.locator("#value-0-error")).containsText("is not a whole number");
        assertThat(page.locator("#value-0")).hasValue("-22");
        assertThat(page.locator("#keep-1")).not().isChecked();
        Axe.assertNoViolation(page, "suggestions-errors-1280");
        assertEquals(0, database.countClaims());

        page.locator("#value-0").fill("22");
        page.getByRole(AriaRole.BUTTON, named("Save the ticked claims as drafts")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Claims saved as drafts: 1.");
        assertEquals(1, database.countDrafts());
        page.context().close();
    }
}
