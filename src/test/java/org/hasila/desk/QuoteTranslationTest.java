package org.hasila.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * A quote has the newsroom's translations into the site's languages, entered on the desk, and each reader sees the
 * one into their language after the quote (issue 15, "Quotes").
 */
@QuarkusTest
class QuoteTranslationTest extends DeskTests {

    static final String ENGLISH_QUOTE = "The prosecutor of Azerbaijan said 47 civilians had been killed since 27 September.";
    static final String ARABIC_TRANSLATION = "قال المدعي العام الأذربيجاني إن 47 مدنيًا قُتلوا منذ 27 سبتمبر.";
    static final String ARABIC_LABEL = "ترجمة هيئة التحرير إلى العربية:";

    static Map<String, String> englishSource() {
        return Map.of("source_outlet", "Reuters", "source_title", "Azerbaijan says 47 civilians killed",
                "source_published_on", "2020-10-16", "source_language", "en");
    }

    /** A claim read in an English source, its quote with an Arabic translation and none into English. */
    static Map<String, String> readInEnglish() {
        Map<String, String> claim = new HashMap<>(killed());
        claim.remove("translation");
        claim.put("quote", ENGLISH_QUOTE);
        claim.put("translation@ar", ARABIC_TRANSLATION);
        return claim;
    }

    static String sourcePage(WebSession session, Map<String, String> source) {
        Response created = session.submit("/desk/sources/new", "/desk/sources", source);
        assertEquals(303, created.statusCode(), created.asString());
        return java.net.URI.create(created.header("Location")).getPath();
    }

    static void publish(long claim) {
        publish(editor(), claim);
    }

    @Test
    void anEnglishSourcesQuoteShowsToArabicReadersWithItsArabicTranslationAndToEnglishReadersWithout() {
        WebSession journalist = journalist();
        String source = sourcePage(journalist, englishSource());
        String form = journalist.get(source + "?lang=en").asString();
        assertTrue(form.contains("<label for=\"translation@ar\">Translation into Arabic</label>"), form);
        assertTrue(form.contains("name=\"translation@ar\" rows=\"3\" dir=\"rtl\" lang=\"ar\""), form);
        assertFalse(form.contains("name=\"translation\""), "no English translation of an English quote");
        assertTrue(journalist.get(source + "?lang=ar").asString()
                .contains("<label for=\"translation@ar\">الترجمة إلى العربية</label>"));

        long claim = addClaim(journalist, source, readInEnglish());
        publish(claim);

        String arabic = given().get("/claims/" + claim + "?lang=ar").then().statusCode(200).extract().asString();
        int quote = arabic.indexOf("<blockquote dir=\"auto\" lang=\"en\">" + ENGLISH_QUOTE + "</blockquote>");
        int label = arabic.indexOf("<p class=\"translation-label\">" + ARABIC_LABEL + "</p>");
        int translation = arabic.indexOf("<p lang=\"ar\" dir=\"rtl\">" + ARABIC_TRANSLATION + "</p>");
        assertTrue(quote > 0 && quote < label && label < translation, arabic);

        given().get("/claims/" + claim + "?lang=en").then().statusCode(200)
                .body(containsString(ENGLISH_QUOTE)).body(not(containsString(ARABIC_TRANSLATION)))
                .body(not(containsString("translation-label")));
        long sourceId = database.idOf("Source", "outlet", "Reuters");
        given().get("/sources/" + sourceId + "?lang=ar").then().statusCode(200)
                .body(containsString(ARABIC_LABEL)).body(containsString(ARABIC_TRANSLATION));
        given().get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("sources[0].language", equalTo("en")).body("sources[0].quote", equalTo(ENGLISH_QUOTE))
                .body("sources[0].translation", nullValue())
                .body("sources[0].translations.ar", equalTo(ARABIC_TRANSLATION))
                .body("sources[0].translations.en", nullValue());
    }

    @Test
    void anArabicQuoteShowsToEnglishReadersWithItsEnglishTranslationAndToArabicReadersAlone() {
        WebSession journalist = journalist();
        String source = enterSource(journalist);
        String form = journalist.get(source + "?lang=en").asString();
        assertTrue(form.contains("<label for=\"translation\">Translation into English</label>"), form);
        assertFalse(form.contains("translation@ar"), "no Arabic translation of an Arabic quote");
        long claim = addClaim(journalist, source, killed());
        publish(claim);

        String english = given().get("/claims/" + claim + "?lang=en").then().statusCode(200).extract().asString();
        int quote = english.indexOf("lang=\"ar\">وأعلنت أذربيجان عن مقتل 47 مدنيا");
        int label = english.indexOf("<p class=\"translation-label\">The newsroom&#39;s translation into English:</p>");
        int translation = english.indexOf(
                "<p lang=\"en\" dir=\"ltr\">Azerbaijan announced that 47 civilians were killed.</p>");
        assertTrue(quote > 0 && quote < label && label < translation, english);
        given().get("/claims/" + claim + "?lang=ar").then().statusCode(200)
                .body(containsString("وأعلنت أذربيجان عن مقتل 47 مدنيا"))
                .body(not(containsString("Azerbaijan announced that 47 civilians were killed.")));
        given().get("/api/v1/claims/" + claim).then().statusCode(200)
                .body("sources[0].translation", equalTo("Azerbaijan announced that 47 civilians were killed."))
                .body("sources[0].translations.en", equalTo("Azerbaijan announced that 47 civilians were killed."));
    }

    @Test
    void whereTheReadersLanguageHasNoTranslationTheEnglishOneShowsMarkedAsEnglish() {
        WebSession journalist = journalist();
        Map<String, String> russian = new HashMap<>(englishSource());
        russian.putAll(Map.of("source_outlet", "TASS", "source_language", "ru"));
        String source = sourcePage(journalist, russian);
        String form = journalist.get(source + "?lang=en").asString();
        assertTrue(form.contains("for=\"translation\"") && form.contains("for=\"translation@ar\""), form);
        Map<String, String> claim = new HashMap<>(killed());
        claim.put("quote", "Генпрокуратура Азербайджана сообщила о гибели 47 мирных жителей.");
        long id = addClaim(journalist, source, claim);
        publish(id);

        given().get("/claims/" + id + "?lang=ar").then().statusCode(200)
                .body(containsString("<p class=\"translation-label\">ترجمة هيئة التحرير إلى الإنجليزية:</p>"
                        + "<p lang=\"en\" dir=\"ltr\">Azerbaijan announced that 47 civilians were killed.</p>"));
    }

    @Test
    void aBadTranslationComesBackNextToItsFieldWithTheFormFilledIn() {
        WebSession journalist = journalist();
        String source = sourcePage(journalist, englishSource());
        Map<String, String> claim = readInEnglish();
        claim.put("translation@ar", "ترجمة فيها\u0007جرس");
        journalist.submit(source, source + "/claims", claim).then().statusCode(200)
                .body(containsString("id=\"translation@ar-error\">contains a control character or a line break"))
                .body(containsString("aria-invalid=\"true\" aria-describedby=\"translation@ar-error\">ترجمة فيها"))
                .body(containsString(ENGLISH_QUOTE)).body(containsString("value=\"2020 Nagorno-Karabakh war\""));
        claim.put("translation@ar", "ت".repeat(20_001));
        journalist.submit(source + "?lang=ar", source + "/claims", claim).then().statusCode(200)
                .body(containsString("id=\"translation@ar-error\">طوله 20001 حرفًا؛ الحد الأقصى 20000"))
                .body(containsString(ENGLISH_QUOTE));
        assertEquals(0, database.countClaims());
    }

    @Test
    void onlyAnEditorChangesAPublishedClaimsTranslationAndItsHistoryShowsTheChange() {
        WebSession journalist = journalist();
        String source = sourcePage(journalist, englishSource());
        long claim = addClaim(journalist, source, readInEnglish());
        publish(claim);
        String corrected = "قال مكتب المدعي العام في أذربيجان إن 47 مدنيًا قُتلوا.";
        Map<String, String> edited = readInEnglish();
        edited.putAll(Map.of("translation@ar", corrected, "version",
                String.valueOf(database.claimField(claim, "version")), "reason", "A better translation."));

        assertEquals(403, journalist.get("/desk/claims/" + claim + "/edit").statusCode());
        Response refused = journalist.request().formParams(edited)
                .formParam("csrf-token", journalist.csrfToken(source)).post("/desk/claims/" + claim);
        assertEquals(403, refused.statusCode());
        given().get("/claims/" + claim + "?lang=ar").then().body(containsString(ARABIC_TRANSLATION))
                .body(not(containsString(corrected)));

        WebSession editor = editor();
        String edit = "/desk/claims/" + claim + "/edit";
        assertTrue(editor.get(edit).asString().contains(ARABIC_TRANSLATION), "the form comes filled in");
        edited.remove("reason");
        editor.submit(edit, "/desk/claims/" + claim, edited).then().statusCode(200)
                .body(containsString("id=\"reason-error\">Say why you change a published claim."))
                .body(containsString(corrected));
        edited.put("reason", "A better translation.");
        assertEquals(303, editor.submit(edit, "/desk/claims/" + claim, edited).statusCode());
        given().get("/claims/" + claim + "?lang=ar").then().body(containsString(corrected))
                .body(not(containsString(ARABIC_TRANSLATION)));
        String page = editor.get("/claims/" + claim + "?lang=en").asString();
        assertTrue(page.contains("A better translation."), page);
        assertTrue(page.contains("<tr><td>translation@ar (Reuters)</td><td dir=\"auto\">" + ARABIC_TRANSLATION
                + "</td><td dir=\"auto\">" + corrected + "</td></tr>"), page);
    }
}
