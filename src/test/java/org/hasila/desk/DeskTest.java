package org.hasila.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hasila.support.Bidi.isolated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/** The journalist's desk over HTTP: source first, then claims; bad input back next to its fields. */
@QuarkusTest
class DeskTest extends DeskTests {

    /** The killed civilians as a range whose highest figure is below its lowest. */
    static Map<String, String> highestBelowLowest() {
        Map<String, String> range = new HashMap<>(killed());
        range.putAll(Map.of("qualifier", "range", "value", "", "value_min", "50", "value_max", "40"));
        return range;
    }

    @Test
    void aJournalistEntersTheSourceOnceThenItsClaimsAsDrafts() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        long killed = addClaim(journalist, page, killed());
        Response next = journalist.get(page + "?after=" + killed);
        next.then().statusCode(200).body(containsString("The claim has been added as a draft"))
                .body(containsString("value=\"2020 Nagorno-Karabakh war\""))
                .body(containsString("value=\"Prosecutor General&#39;s Office of Azerbaijan\""))
                .body(containsString("<textarea id=\"quote\" name=\"quote\" rows=\"3\" dir=\"auto\" lang=\"ar\"></textarea>"));

        Map<String, String> range = new HashMap<>(killed());
        range.putAll(Map.of("category", "civilians-injured", "qualifier", "range", "value", "", "value_min", "200",
                "value_max", "222"));
        long injured = addClaim(journalist, page, range);
        Map<String, String> unspecified = new HashMap<>(killed());
        unspecified.putAll(Map.of("claimant", "Ministry of Defence of Azerbaijan", "subject_side", "Armenia",
                "caused_by", "Azerbaijan", "category", "soldiers-killed", "qualifier", "unspecified", "value", "",
                "counting", "incremental", "period_start", "2020-10-15"));
        long soldiers = addClaim(journalist, page, unspecified);

        assertEquals(3, database.countClaims());
        assertEquals(200L, database.claimField(injured, "valueMin"));
        assertEquals(null, database.claimField(soldiers, "valueExact"));
        assertEquals(false, database.claimField(killed, "published"));
        Api.publishedClaims().body("claims", hasSize(0));
        journalist.get(page).then().body(containsString("Ministry of Defence of Azerbaijan"))
                .body(containsString("a number of (no figure)"));
        journalist.get("/desk").then().body(containsString("/desk/claims/" + soldiers + "/edit"));
    }

    @Test
    void badInputComesBackNextToItsFieldsWithEverythingTypedStillThere() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        Map<String, String> bad = new HashMap<>(killed());
        bad.putAll(Map.of("value", "-3", "period_end", "2020-02-30", "subject_side", "",
                "quote", "A long quote, <b>with markup</b>, " + "كلمات ".repeat(500)));
        Response back = journalist.submit(page, page + "/claims", bad);
        assertEquals(200, back.statusCode());
        back.then().body(containsString("id=\"value-error\">&#39;-3&#39; is not a whole number"))
                .body(containsString("id=\"period_end-error\">&#39;2020-02-30&#39; is not a day of the calendar"))
                .body(containsString("id=\"subject_side-error\">is required"))
                .body(containsString("value=\"-3\"")).body(containsString("value=\"2020-02-30\""))
                .body(containsString("A long quote, &lt;b&gt;with markup&lt;/b&gt;, كلمات كلمات"))
                .body(not(containsString("<b>with markup</b>")));
        assertEquals(501, back.asString().split("كلمات", -1).length, "every word of the quote came back");
        assertEquals(0, database.countClaims());
        assertEquals(0L, database.countParties());

        Response sourceBack = journalist.submit("/desk/sources/new", "/desk/sources",
                Map.of("source_outlet", "", "source_url", "javascript:alert(1)", "source_title", "Kept title"));
        assertEquals(200, sourceBack.statusCode());
        sourceBack.then().body(containsString("id=\"source_outlet-error\">is required"))
                .body(containsString("id=\"source_url-error\">"))
                .body(containsString("value=\"Kept title\""));
    }

    @Test
    void anArabicSpeakingJournalistReadsTheProblemsInArabic() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        Map<String, String> bad = new HashMap<>(killed());
        bad.putAll(Map.of("value", "-3", "subject_side", ""));
        String token = journalist.csrfToken(page);
        journalist.request().header("Accept-Language", "ar").formParams(bad).formParam("csrf-token", token)
                .post(page + "/claims").then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("id=\"value-error\">«-3» ليس عددًا صحيحًا"))
                .body(containsString("id=\"subject_side-error\">مطلوب"));
    }

    @Test
    void theFormWordsItsProblemsWithItsOwnLabelsAndComesBackFilledIn() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        Map<String, String> range = highestBelowLowest();
        range.put("notes", "Kept after the error");
        journalist.submit(page, page + "/claims", range).then().statusCode(200)
                .body(containsString("id=\"value_max-error\">Highest figure is lower than the lowest</p>"))
                .body(not(containsString("value_min 50")))
                .body(containsString("<option value=\"range\" selected>"))
                .body(containsString("value=\"50\"")).body(containsString("value=\"40\""))
                .body(containsString("Kept after the error"));
        Map<String, String> noFigure = new HashMap<>(killed());
        noFigure.put("value", "");
        journalist.submit(page, page + "/claims", noFigure).then().statusCode(200)
                .body(containsString("id=\"value-error\">Give the figure, or choose “a number of”</p>"))
                .body(not(containsString("qualifier exact needs a value")));
        assertEquals(0, database.countClaims());
    }

    @Test
    void anArabicSpeakingJournalistReadsTheFormsOwnLabelsInArabic() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        Map<String, String> range = highestBelowLowest();
        range.put("period_start", "2020-10-17");
        String token = journalist.csrfToken(page);
        journalist.request().header("Accept-Language", "ar").formParams(range).formParam("csrf-token", token)
                .post(page + "/claims").then().statusCode(200)
                .body(containsString("id=\"value_max-error\">أعلى رقم أقل من أدنى رقم</p>"))
                .body(containsString("id=\"period_end-error\">تنتهي الفترة قبل أن تبدأ: تاريخ «حتى» يسبق تاريخ «من»</p>"))
                .body(containsString("value=\"50\"")).body(containsString("value=\"40\""));
    }

    @Test
    void aDuplicateIsPointedOutBeforeItIsSaved() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        long first = addClaim(journalist, page, killed());
        Response again = journalist.submit(page, page + "/claims", killed());
        assertEquals(200, again.statusCode());
        again.then().body(containsString("The same claim is already stored"))
                .body(containsString("<a href=\"/claims/" + first + "\">See claim " + first + "</a>"));
        assertEquals(1, database.countClaims());
        Map<String, String> confirmed = new HashMap<>(killed());
        confirmed.put("confirm_duplicate", "true");
        addClaim(journalist, page, confirmed);
        assertEquals(2, database.countClaims());
    }

    @Test
    void aClaimantSpeaksForOnePartyInFormsToo() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        addClaim(journalist, page, killed());
        Map<String, String> otherSide = new HashMap<>(killed());
        otherSide.putAll(Map.of("claimant_side", "Armenia", "value", "50"));
        journalist.submit(page, page + "/claims", otherSide).then().statusCode(200)
                .body(containsString("id=\"claimant_side-error\">" + isolated("Prosecutor General&#39;s Office of Azerbaijan")
                        + " is recorded as speaking for " + isolated("Azerbaijan") + "."));
        Map<String, String> monitor = new HashMap<>(killed());
        monitor.putAll(Map.of("claimant", "Human Rights Watch", "claimant_side", "", "claimant_kind", "independent"));
        addClaim(journalist, page, monitor);
        monitor.putAll(Map.of("claimant_side", "Armenia", "value", "50"));
        journalist.submit(page, page + "/claims", monitor).then().statusCode(200)
                .body(containsString("id=\"claimant_side-error\">" + isolated("Human Rights Watch")
                        + " is recorded as independent: leave “Speaks for” empty."));
    }

    @Test
    void aJournalistEditsTheirOwnDraftsAndTheSourcesTheyEnteredClaimsFromOnly() {
        accounts.ensureSecondJournalist();
        WebSession author = journalist();
        String source = enterSource(author);
        long claim = addClaim(author, source, killed());
        Map<String, String> edited = new HashMap<>(killed());
        edited.putAll(Map.of("value", "48", "version", "0"));
        WebSession other = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);

        assertEquals(403, other.get("/desk/claims/" + claim + "/edit").statusCode());
        assertEquals(403, other.submit("/desk/sources/new", "/desk/claims/" + claim, edited).statusCode());
        other.get("/claims/" + claim).then().statusCode(200).body(not(containsString("/desk/claims/" + claim + "/edit")));
        assertEquals(403, other.get(source + "/edit").statusCode());
        assertEquals(403, other.submit("/desk/sources/new", source, seedSource()).statusCode());
        assertEquals(47L, database.claimField(claim, "valueExact"));

        author.get("/claims/" + claim).then().statusCode(200).body(containsString("/desk/claims/" + claim + "/edit"));
        assertEquals(200, author.get(source + "/edit").statusCode());
        assertEquals(303, author.submit("/desk/claims/" + claim + "/edit", "/desk/claims/" + claim, edited).statusCode());
        WebSession editor = editor();
        publish(editor, claim);
        assertEquals(403, author.get("/desk/claims/" + claim + "/edit").statusCode(), "published: editors only");
        author.get("/claims/" + claim).then().body(not(containsString("/desk/claims/" + claim + "/edit")));
        assertEquals(200, editor.get("/desk/claims/" + claim + "/edit").statusCode());
    }

    @Test
    void twoPeopleEditingAtOnceCannotOverwriteEachOther() {
        WebSession journalist = journalist();
        long claim = addClaim(journalist, enterSource(journalist), killed());
        WebSession editor = editor();
        String edit = "/desk/claims/" + claim + "/edit";
        Map<String, String> first = new HashMap<>(killed());
        first.putAll(Map.of("value", "48", "version", "0"));
        Map<String, String> second = new HashMap<>(killed());
        second.putAll(Map.of("value", "99", "version", "0", "notes", "My notes, kept"));
        assertEquals(303, editor.submit(edit, "/desk/claims/" + claim, first).statusCode());
        Response refused = journalist.submit(edit, "/desk/claims/" + claim, second);
        assertEquals(200, refused.statusCode());
        refused.then().body(containsString("Someone saved this claim after you opened it"))
                .body(containsString("value=\"99\"")).body(containsString("My notes, kept"));
        assertEquals(48L, database.claimField(claim, "valueExact"));
    }

    @Test
    void anEditedClaimKeepsItsHistoryWithWhoWhenAndWhy() {
        WebSession journalist = journalist();
        long claim = addClaim(journalist, enterSource(journalist), killed());
        WebSession editor = editor();
        Response published = editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"));
        assertEquals(303, published.statusCode());
        Map<String, String> edited = new HashMap<>(killed());
        edited.putAll(Map.of("value", "48", "version", String.valueOf(database.claimField(claim, "version"))));
        String edit = "/desk/claims/" + claim + "/edit";
        editor.submit(edit, "/desk/claims/" + claim, edited).then().statusCode(200)
                .body(containsString("id=\"reason-error\">Say why you change a published claim."));
        edited.put("reason", "  ");
        editor.submit(edit, "/desk/claims/" + claim, edited).then().statusCode(200)
                .body(containsString("id=\"reason-error\">Say why you change a published claim."));
        edited.put("reason", "The office corrected its figure.");
        assertEquals(303, editor.submit(edit, "/desk/claims/" + claim, edited).statusCode());
        String page = editor.get("/claims/" + claim).then().statusCode(200).extract().asString();
        assertTrue(page.contains("The office corrected its figure."));
        assertTrue(page.contains("<tr><td>value</td><td dir=\"auto\">47</td><td dir=\"auto\">48</td></tr>"), page);
        assertTrue(page.contains("<tr><td>published</td><td dir=\"auto\">false</td><td dir=\"auto\">true</td></tr>"));
        assertTrue(page.contains(Accounts.JOURNALIST + ", "));
        assertFalse(WebSession.anonymous().get("/claims/" + claim).asString().contains("History"));
    }
}
