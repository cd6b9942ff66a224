package org.hasila.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hasila.desk.DeskTest.addClaim;
import static org.hasila.desk.DeskTest.enterSource;
import static org.hasila.desk.DeskTest.killed;
import static org.hasila.desk.DeskTest.seedSource;
import static org.hasila.support.Api.csv;
import static org.hasila.support.Api.importCsv;
import static org.hasila.support.Api.rowWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.Accounts;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The desk remembers what a journalist entered last, asks what it cannot guess, attaches a claim read again instead
 * of repeating it, and goes back to the source after each claim.
 */
@QuarkusTest
class EntryThatRemembersTest extends DeskTests {

    /** Another article of the same day: another source. */
    static Map<String, String> secondSource() {
        Map<String, String> source = new HashMap<>(seedSource());
        source.putAll(Map.of("source_outlet", "Reuters", "source_title", "Azerbaijan says 47 civilians killed",
                "source_language", "en"));
        return source;
    }

    @Test
    void aNewSourceOffersTheLastConflictClaimantAndSidesOnAnyDevice() {
        addClaim(journalist(), enterSource(journalist()), killed());
        WebSession laterOnAnotherDevice = journalist();
        String second = enter(laterOnAnotherDevice, secondSource());
        laterOnAnotherDevice.get(second).then().statusCode(200)
                .body(containsString("id=\"conflict\" name=\"conflict\" type=\"text\" value=\"2020 Nagorno-Karabakh war\""))
                .body(containsString(
                        "id=\"claimant\" name=\"claimant\" type=\"text\" value=\"Prosecutor General&#39;s Office of Azerbaijan\""))
                .body(containsString("id=\"claimant_side\" name=\"claimant_side\" type=\"text\" value=\"Azerbaijan\""))
                .body(containsString("id=\"subject_side\" name=\"subject_side\" type=\"text\" value=\"Azerbaijan\""))
                .body(containsString("id=\"caused_by\" name=\"caused_by\" type=\"text\" value=\"Armenia\""))
                .body(containsString("id=\"value\" name=\"value\" type=\"text\" value=\"\""));

        accounts.ensureSecondJournalist();
        WebSession other = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);
        other.get(second).then().statusCode(200)
                .body(containsString("id=\"conflict\" name=\"conflict\" type=\"text\" value=\"\""));
    }

    @Test
    void aKnownClaimantBringsItsSide() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        addClaim(journalist, page, killed());
        Map<String, String> noSide = new HashMap<>(killed());
        noSide.putAll(Map.of("claimant_side", "", "category", "civilians-injured", "value", "x"));
        noSide.remove("claimant_kind");
        journalist.submit(page, page + "/claims", noSide).then().statusCode(200)
                .body(containsString("id=\"claimant_side\" name=\"claimant_side\" type=\"text\" value=\"Azerbaijan\""))
                .body(containsString("data-side=\"Azerbaijan\""));
        noSide.put("value", "222");
        long injured = addClaim(journalist, page, noSide);
        assertEquals("Azerbaijan", database.claimantSide(injured));
    }

    @Test
    void aNewClaimantSaysWhetherItSpeaksForASideOrIsIndependent() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        Map<String, String> monitor = new HashMap<>(killed());
        monitor.putAll(Map.of("claimant", "Human Rights Watch", "claimant_side", ""));
        monitor.remove("claimant_kind");
        journalist.submit(page, page + "/claims", monitor).then().statusCode(200)
                .body(containsString(
                        "id=\"claimant_kind-error\">Say whether the claimant speaks for a side or is independent."));
        monitor.put("claimant_kind", "side");
        journalist.submit(page, page + "/claims", monitor).then().statusCode(200)
                .body(containsString("id=\"claimant_side-error\">Name the side the claimant speaks for."));
        assertEquals(0, database.countClaims());
        journalist().submit(page + "?lang=ar", page + "/claims", monitor).then().statusCode(200)
                .body(containsString("id=\"claimant_side-error\">اذكر الطرف الذي يتحدث صاحب الادعاء باسمه."));
        monitor.put("claimant_kind", "independent");
        long claim = addClaim(journalist, page, monitor);
        assertEquals(null, database.claimantSide(claim));
    }

    @Test
    void theSameClaimReadInAnotherSourceIsAttachedToItInsteadOfRepeated() {
        WebSession journalist = journalist();
        long claim = addClaim(journalist, enterSource(journalist), killed());
        String second = enter(journalist, secondSource());
        Map<String, String> again = new HashMap<>(killed());
        again.putAll(Map.of("quote", "Azerbaijan said 47 civilians had been killed.", "translation", ""));
        journalist.submit(second, second + "/claims", again).then().statusCode(200)
                .body(containsString("name=\"attach\" value=\"" + claim + "\""))
                .body(containsString("This source reports it too"));
        again.put("attach", String.valueOf(claim));
        Response attached = journalist.submit(second, second + "/claims", again);
        assertEquals(303, attached.statusCode(), attached.asString());
        assertEquals(second, URI.create(attached.header("Location")).getPath());
        assertEquals(1, database.countClaims());
        assertEquals(2, database.countSources(claim));
        journalist.get(second).then().body(containsString("/claims/" + claim + "\""))
                .body(containsString("/desk/claims/" + claim + "/edit?source="));
    }

    @Test
    void aClaimAlreadyRecordedIsFoundAndAttachedFromTheSourcePage() {
        WebSession journalist = journalist();
        long claim = addClaim(journalist, enterSource(journalist), killed());
        String second = enter(journalist, secondSource());
        journalist.get(second).then().body(containsString("action=\"" + second + "/attach\""));
        journalist.submit(second, second + "/attach", Map.of("claim", "/claims/999999", "attach_quote", "")).then()
                .statusCode(200).body(containsString("id=\"claim-error\">"));
        Response attached = journalist.submit(second, second + "/attach",
                Map.of("claim", "http://localhost/claims/" + claim, "attach_quote", "47 civilians"));
        assertEquals(303, attached.statusCode(), attached.asString());
        assertEquals(2, database.countSources(claim));
        journalist.submit(second, second + "/attach", Map.of("claim", String.valueOf(claim), "attach_quote", "")).then()
                .statusCode(200).body(containsString("id=\"claim-error\">This source already reports claim"));

        WebSession editor = editor();
        publish(editor, claim);
        Map<String, String> third = new HashMap<>(secondSource());
        third.put("source_outlet", "AFP");
        String thirdPage = enter(journalist, third);
        journalist.submit(thirdPage, thirdPage + "/attach", Map.of("claim", String.valueOf(claim), "attach_quote", ""))
                .then().statusCode(200)
                .body(containsString("id=\"claim-error\">Readers see this claim: an editor adds a source to it."));
        assertEquals(2, database.countSources(claim));
        assertEquals(303, editor.submit(thirdPage, thirdPage + "/attach", Map.of("claim", String.valueOf(claim),
                "attach_quote", "")).statusCode());
        assertEquals(3, database.countSources(claim));
    }

    @Test
    void anEmptyFromIsTheConflictsStartWhenLookingForTheSameClaim() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        addClaim(journalist, page, killed());
        Map<String, String> fromTheStart = new HashMap<>(killed());
        fromTheStart.put("period_start", "");
        journalist.submit(page, page + "/claims", fromTheStart).then().statusCode(200)
                .body(containsString("The same claim is already stored"));
        assertEquals(1, database.countClaims());
    }

    @Test
    void theSourceLanguageIsALanguageTagChosenFromAList() {
        WebSession journalist = journalist();
        Map<String, String> english = new HashMap<>(seedSource());
        english.put("source_language", "English");
        journalist.submit("/desk/sources/new", "/desk/sources", english).then().statusCode(200)
                .body(containsString("id=\"source_language-error\">&#39;English&#39; is not a BCP 47 language code"));
        WebSession arabic = journalist();
        arabic.submit("/desk/sources/new?lang=ar", "/desk/sources", english).then().statusCode(200)
                .body(containsString("id=\"source_language-error\">«English»"));
        String form = journalist.get("/desk/sources/new").then().statusCode(200)
                .body(containsString("<select id=\"source_language\" name=\"source_language\""))
                .body(containsString("<option value=\"ar\">Arabic</option>"))
                .extract().asString();
        assertTrue(form.indexOf("value=\"uk\"") < form.indexOf("value=\"de\""), "the common ones first");
        arabic.get("/desk/sources/new?lang=ar").then().body(containsString("<option value=\"en\">الإنجليزية</option>"));
        english.put("source_language", "EN-gb");
        String page = enter(journalist, english);
        assertEquals("en-GB", database.sourceField(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)),
                "language"));

        importCsv(csv(rowWith("source_language", "English")), "").statusCode(422)
                .body("problems[0].column", equalTo("source_language"));
    }

    @Test
    void afterAnEditTheJournalistIsBackAtTheSource() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        long claim = addClaim(journalist, page, killed());
        Map<String, String> edited = new HashMap<>(killed());
        edited.putAll(Map.of("value", "48", "version", "0"));
        Response saved = journalist.submit("/desk/claims/" + claim + "/edit", "/desk/claims/" + claim, edited);
        assertEquals(303, saved.statusCode());
        assertEquals(page, URI.create(saved.header("Location")).getPath());
    }
}
