package org.hasila.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An Arabic reader on a phone reads an English source's quote, then the newsroom's Arabic translation of it. */
@QuarkusTest
class QuotesInBrowserTest extends InBrowser {

    static final String QUOTE = "The prosecutor of Azerbaijan said 47 civilians had been killed since 27 September.";
    static final String TRANSLATION = "قال المدعي العام الأذربيجاني إن 47 مدنيًا قُتلوا منذ 27 سبتمبر.";

    long claim;

    @BeforeEach
    void aClaimReadInEnglishTranslatedIntoArabic() {
        database.emptyClaimsRegister();
        String row = Api.row().replace(",Al Jazeera Mubasher,", ",Reuters,")
                .replace(",ar,quote,translation,notes", ",en,\"" + QUOTE + "\",," + TRANSLATION + ",");
        Api.importCsv(Api.HEADER.replace(",translation,", ",translation,translation@ar,") + "\r\n" + row + "\r\n",
                "?publish=true").statusCode(201);
        claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
    }

    @Test
    void theArabicClaimPageShowsTheQuoteThenItsArabicTranslationOnAPhone() {
        Page page = chromium.page(390, "ar");
        page.navigate(base + "claims/" + claim + "?lang=ar");
        Locator quote = page.locator("blockquote[lang=en]");
        Locator translation = page.locator(".translation p[lang=ar][dir=rtl]");
        assertThat(quote).hasText(QUOTE);
        assertThat(translation).hasText(TRANSLATION);
        assertThat(page.locator(".translation-label")).hasText("ترجمة هيئة التحرير إلى العربية:");
        assertTrue(quote.boundingBox().y < translation.boundingBox().y, "the translation follows the quote");
        assertNoSidewaysScrolling(page, "the Arabic claim page at 390 px");
        Axe.assertNoViolation(page, "the Arabic claim page at 390 px");
        Chromium.screenshot(page, "quotes-claim-ar-390");
        page.context().close();
    }

    @Test
    void theDeskOffersAnArabicTranslationFieldForAnEnglishSource() {
        Page page = chromium.page(390, "en");
        logIn(page, Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        page.navigate(base + "desk/sources/" + database.idOf("Source", "outlet", "Reuters") + "?lang=ar");
        Locator field = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("الترجمة إلى العربية"));
        assertThat(field).hasAttribute("dir", "rtl");
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("الترجمة إلى الإنجليزية")))
                .hasCount(0);
        Axe.assertNoViolation(page, "the Arabic desk at 390 px");
        Chromium.screenshot(page, "quotes-desk-ar-390");
        page.context().close();
    }
}
