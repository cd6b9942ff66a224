package org.hasila.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.hasila.support.Api;
import org.hasila.support.DeskTests;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journalist types a name in whichever language the source uses: the desk finds the name it is a form of, in
 * its suggestions and when the claim is saved, so "أذربيجان" is Azerbaijan and no second Azerbaijan is made.
 */
@QuarkusTest
class NamesInEveryLanguageOnTheDeskTest extends DeskTests {

    WebSession journalist;
    String page;

    @BeforeEach
    void theSeedArticleWithItsArabicNames() {
        Api.importCsv(Fixtures.seedArticleArabic(), "?publish=true").statusCode(201);
        journalist = journalist();
        page = enterSource(journalist);
    }

    @Test
    void typingTheArabicNamesFindsTheEnglishNamedClaimantAndParties() {
        long parties = database.countParties();
        Map<String, String> claim = killed();
        claim.putAll(Map.of("conflict", "حرب ناغورني كاراباخ 2020", "claimant", "النيابة العامة الأذربيجانية",
                "claimant_side", "أذربيجان", "subject_side", "أذربيجان", "caused_by", "أرمينيا",
                "category", "civilians-injured", "value", "230", "period_end", "2020-10-18"));
        long added = addClaim(journalist, page, claim);
        assertEquals(database.idOf("Claimant", "name", "Prosecutor General's Office of Azerbaijan"),
                ((Number) database.claimField(added, "claimant.id")).longValue());
        assertEquals(database.idOf("Party", "name", "Azerbaijan"),
                ((Number) database.claimField(added, "subjectParty.id")).longValue());
        assertEquals(database.idOf("Conflict", "name", "2020 Nagorno-Karabakh war"),
                ((Number) database.claimField(added, "conflict.id")).longValue());
        assertEquals(parties, database.countParties(), "no second Azerbaijan");
    }

    @Test
    void aJournalistAddsTheArabicNameOfAClaimantOnlyDraftsUse() {
        Map<String, String> claim = killed();
        claim.putAll(Map.of("claimant", "Ministry of Emergency Situations of Azerbaijan", "value", "12"));
        addClaim(journalist, page, claim);
        String names = "/desk/names/claimant?name=Ministry of Emergency Situations of Azerbaijan&in=ar";
        journalist.get(names).then().statusCode(200).body(containsString("name=\"form\""))
                .body(containsString("lang=\"ar\" dir=\"rtl\""));
        assertEquals(303, journalist.submit(names, "/desk/names/claimant", Map.of("name",
                "Ministry of Emergency Situations of Azerbaijan", "in", "ar", "form", "وزارة الطوارئ الأذربيجانية"))
                .statusCode());
        journalist.get(names).then().statusCode(200)
                .body(containsString("<bdi lang=\"ar\" dir=\"rtl\">وزارة الطوارئ الأذربيجانية</bdi>"));
        // A name may hold what an address template would read: the page and its links still work
        Map<String, String> braces = killed();
        braces.putAll(Map.of("claimant", "Office {msg} of Azerbaijan", "value", "13"));
        addClaim(journalist, page, braces);
        journalist.get(page).then().statusCode(200)
                .body(containsString("claimant?name=Office%20%7Bmsg%7D%20of%20Azerbaijan"));
        assertEquals(303,
                journalist
                        .submit(page, "/desk/names/claimant",
                                Map.of("name", "Office {msg} of Azerbaijan", "in", "ar", "form", "مكتب"))
                        .statusCode());
        // The rules of names hold in every language
        journalist.submit(names, "/desk/names/claimant", Map.of("name", "Ministry of Emergency Situations of Azerbaijan",
                "in", "ar", "form", "وزارة\u200Bالطوارئ")).then().statusCode(200)
                .body(containsString("id=\"form-error\">"));
    }

    @Test
    void onlyAnEditorChangesTheFormOfANameReadersSeeWithAReason() {
        String names = "/desk/names/claimant?name=Prosecutor General's Office of Azerbaijan&in=ar";
        Map<String, String> changed = Map.of("name", "Prosecutor General's Office of Azerbaijan", "in", "ar", "form",
                "مكتب المدعي العام في أذربيجان");
        journalist.get(names).then().statusCode(200).body(not(containsString("name=\"form\"")))
                .body(containsString("Readers see this name: only an editor changes its forms."));
        assertEquals(403, journalist.submit(page, "/desk/names/claimant", changed).statusCode());

        WebSession editor = editor();
        editor.submit(names, "/desk/names/claimant", changed).then().statusCode(200)
                .body(containsString("id=\"reason-error\">Say why you change a name that readers see."));
        Map<String, String> withReason = new java.util.HashMap<>(changed);
        withReason.put("reason", "The office's own Arabic name");
        assertEquals(303, editor.submit(names, "/desk/names/claimant", withReason).statusCode());
        io.restassured.RestAssured.given().get("/claimants/" + database.idOf("Claimant", "name",
                "Prosecutor General's Office of Azerbaijan") + "?lang=ar").then().statusCode(200)
                .body(containsString("مكتب المدعي العام في أذربيجان"));
        Object[] last = database.nameFormHistory().get(database.nameFormHistory().size() - 1);
        assertEquals("مكتب المدعي العام في أذربيجان", last[0]);
        assertEquals("The office's own Arabic name", last[1]);
    }

    @Test
    void theFormSuggestsNamesInEveryLanguage() {
        journalist.get(page).then().statusCode(200)
                .body(containsString("<option value=\"النيابة العامة الأذربيجانية\">"))
                .body(containsString("<option value=\"أذربيجان\">"))
                .body(containsString("<option value=\"Azerbaijan\">"));
    }
}
