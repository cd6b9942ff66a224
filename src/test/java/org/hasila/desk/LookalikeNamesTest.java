package org.hasila.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hasila.support.Bidi.isolated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.Api;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Names that look alike are not stored as different names (issue 11, finding 10): names are stored NFKC, hold no
 * invisible or direction-turning character, and a new name that looks like a stored one is pointed out.
 */
@QuarkusTest
class LookalikeNamesTest extends DeskTests {

    static final String CLAIMANT = "Prosecutor General's Office of Azerbaijan";
    /** "Azerbaijan" with a Cyrillic "а" (U+0430) before the final "n". */
    static final String CYRILLIC_A = "Azerbaij\u0430n";

    WebSession journalist;
    String page;

    /** The prosecutor's claim, with its conflict, claimant and parties stored. */
    @BeforeEach
    void storedNames() {
        journalist = journalist();
        page = enterSource(journalist);
        addClaim(journalist, page, killed());
    }

    static Map<String, String> injured(String field, String value) {
        Map<String, String> claim = new HashMap<>(killed());
        claim.putAll(Map.of("category", "civilians-injured", "value", "222", field, value));
        return claim;
    }

    @Test
    void aNameWithAZeroWidthSpaceIsRefusedNextToItsField() {
        Response back = journalist.submit(page, page + "/claims",
                injured("claimant", "Prosecutor General's\u200B Office of Azerbaijan"));
        assertEquals(200, back.statusCode());
        back.then().body(containsString("id=\"claimant-error\">holds a character readers cannot see "
                + "(U+200B ZERO WIDTH SPACE): type the name without it"))
                .body(containsString("value=\"Prosecutor General&#39;s\u200B Office of Azerbaijan\""));
        journalist.submit(page + "?lang=ar", page + "/claims", injured("claimant", "Prosecutor\u200B General"))
                .then().statusCode(200)
                .body(containsString("id=\"claimant-error\">يحتوي على محرف لا يراه القرّاء (U+200B ZERO WIDTH SPACE)"));
        assertEquals(1, database.countClaims());
    }

    @Test
    void aNameWithARightToLeftOverrideIsRefusedNextToItsField() {
        journalist.submit(page, page + "/claims", injured("subject_side", "\u202Enajiabreza"))
                .then().statusCode(200)
                .body(containsString("id=\"subject_side-error\">holds a character that turns the direction of the "
                        + "text (U+202E RIGHT-TO-LEFT OVERRIDE)"));
        assertEquals(1, database.countClaims());
        assertEquals(2, database.countParties());
    }

    @Test
    void aNewNameThatLooksLikeAStoredOneIsPointedOutAndCanBeConfirmed() {
        Map<String, String> lookalike = injured("subject_side", CYRILLIC_A);
        Response warned = journalist.submit(page, page + "/claims", lookalike);
        assertEquals(200, warned.statusCode());
        warned.then().body(containsString("id=\"subject_side-error\">" + isolated(CYRILLIC_A) + " looks like "
                + isolated("Azerbaijan") + ", already in the register, but is written with other characters."))
                .body(containsString("name=\"confirm_new_names\""))
                .body(containsString("value=\"" + CYRILLIC_A + "\"")).body(containsString("value=\"222\""));
        assertEquals(1, database.countClaims());
        assertEquals(2, database.countParties());

        lookalike.put("confirm_new_names", "true");
        addClaim(journalist, page, lookalike);
        assertEquals(3, database.countParties(), "confirmed: a different name");
    }

    @Test
    void theJournalistPicksTheStoredNameWithOneButton() {
        Map<String, String> lookalike = injured("subject_side", CYRILLIC_A);
        journalist.submit(page, page + "/claims", lookalike).then().statusCode(200)
                .body(containsString("<button type=\"submit\" name=\"subject_side\" value=\"Azerbaijan\" dir=\"auto\">Use “"
                        + isolated("Azerbaijan") + "”, already stored, and save</button>"));
        // What a browser sends for that button: the button's name and value before the form's fields.
        lookalike.remove("subject_side");
        Response picked = journalist.request().formParam("subject_side", "Azerbaijan").formParams(lookalike)
                .formParam("subject_side", CYRILLIC_A).formParam("csrf-token", journalist.csrfToken(page))
                .post(page + "/claims");
        assertEquals(303, picked.statusCode(), picked.asString());
        assertEquals(2, database.countParties());
        assertEquals(2, database.countClaims());
    }

    @Test
    void aNameMixingAlphabetsIsPointedOutEvenWithoutALookalike() {
        journalist.submit(page, page + "/claims", injured("claimant", "Minist\u0435r of Defence")).then()
                .statusCode(200).body(containsString("id=\"claimant-error\">" + isolated("Minist\u0435r of Defence")
                        + " mixes letters of different alphabets"));
    }

    @Test
    void compatibilityFormsAreStoredNormalisedAndFindTheStoredName() {
        Map<String, String> claim = injured("claimant", "Prosecutor General's O\uFB03ce of Azerbaijan");
        claim.put("conflict", "\uFF12\uFF10\uFF12\uFF10 Nagorno-Karabakh war");
        long added = addClaim(journalist, page, claim);
        assertEquals(database.idOf("Claimant", "name", CLAIMANT),
                ((Number) database.claimField(added, "claimant.id")).longValue());
        assertEquals(database.idOf("Conflict", "name", "2020 Nagorno-Karabakh war"),
                ((Number) database.claimField(added, "conflict.id")).longValue());

        Map<String, String> newName = injured("claimant", "Human Rights Watch \uFF08\uFB01eld o\uFB03ce\uFF09");
        newName.putAll(Map.of("claimant_side", "", "claimant_kind", "independent"));
        addClaim(journalist, page, newName);
        database.idOf("Claimant", "name", "Human Rights Watch (field office)");
    }

    @Test
    void aPersianNameKeepsItsZeroWidthNonJoinerWhereLatinMayNot() {
        Map<String, String> persian = injured("claimant", "سازمان\u200Cهای حقوق بشر");
        persian.putAll(Map.of("claimant_side", "", "claimant_kind", "independent"));
        addClaim(journalist, page, persian);
        database.idOf("Claimant", "name", "سازمان\u200Cهای حقوق بشر");
        journalist.submit(page, page + "/claims", injured("claimant", "Human\u200CRights")).then().statusCode(200)
                .body(containsString(
                        "id=\"claimant-error\">holds a character readers cannot see (U+200C ZERO WIDTH NON-JOINER)"));
    }

    @Test
    void theImportReportsEachLineWithAnInvisibleOrLookalikeName() {
        String zwsp = Api.rowWith("claimant", "Prosecutor\u200B General's Office of Azerbaijan");
        String rlo = Api.rowWith("subject_side", "\u202Enajiabreza");
        String lookalike = Api.rowWith("caused_by", "\u0410rmenia").replace(",47,", ",48,");
        String mixed = Api.rowWith("claimant", "Minist\u0435r of Defence").replace(",47,", ",49,");
        String normalised = Api.rowWith("conflict", "\uFF12\uFF10\uFF12\uFF10 Nagorno-Karabakh war")
                .replace(",47,", ",50,");
        Api.importCsv(Api.csv(zwsp, rlo, lookalike, mixed, normalised), "?dry-run=true").statusCode(422)
                .body("problems.line", hasItem(2))
                .body("problems.find { it.line == 2 }.column", org.hamcrest.Matchers.equalTo("claimant"))
                .body("problems.find { it.line == 2 }.reason",
                        containsString("holds a character readers cannot see (U+200B ZERO WIDTH SPACE)"))
                .body("problems.find { it.line == 3 }.reason",
                        containsString("turns the direction of the text (U+202E RIGHT-TO-LEFT OVERRIDE)"))
                .body("problems.find { it.line == 4 }.column", org.hamcrest.Matchers.equalTo("caused_by"))
                .body("problems.find { it.line == 4 }.reason", containsString("looks like 'Armenia'"))
                .body("problems.find { it.line == 5 }.reason", containsString("mixes alphabets"))
                .body("problems.line", not(hasItem(6)));
        Api.importCsv(Api.csv(normalised), "").statusCode(201);
        assertEquals(2, database.countClaims());
        database.idOf("Conflict", "name", "2020 Nagorno-Karabakh war");
    }
}
