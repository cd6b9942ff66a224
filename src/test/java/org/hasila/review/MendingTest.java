package org.hasila.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mending mistakes: deleting drafts, renaming and merging names, and names no claim uses any more. */
@QuarkusTest
class MendingTest {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    long claim;
    long source;

    @BeforeEach
    void aJournalistsDraft() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
        accounts.ensureSecondJournalist();
        Api.importCsv(Api.csv(Api.row()), "").statusCode(201);
        claim = database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        source = database.idOf("Source", "title", "Title");
        database.enteredBy(claim, Accounts.JOURNALIST);
    }

    @Test
    void aJournalistDeletesTheirOwnDraftAfterConfirmingAndIsBackAtTheSource() {
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        journalist.get("/desk/sources/" + source).then()
                .body(containsString("href=\"/desk/claims/" + claim + "/delete\""));
        journalist.get("/desk/claims/" + claim + "/delete").then().statusCode(200)
                .body(containsString("Delete this draft?"));
        assertEquals(1, database.countClaims(), "asking deletes nothing");
        Response deleted = journalist.submit("/desk/claims/" + claim + "/delete", "/desk/claims/" + claim + "/delete",
                Map.of());
        assertEquals(303, deleted.statusCode());
        assertEquals("/desk/sources/" + source, java.net.URI.create(deleted.header("Location")).getPath());
        journalist.follow(deleted).then().body(containsString("The draft has been deleted."));
        assertEquals(0, database.countClaims());
        assertEquals(0, database.count("claim_source", "source_id", source));
        assertEquals(2, database.count("claim_aud", "id", claim), "its creation and its deletion are in history");
    }

    @Test
    void onlyWhoEnteredADraftOrAnEditorDeletesIt() {
        WebSession other = WebSession.loggedIn(Accounts.SECOND_JOURNALIST, Accounts.SECOND_JOURNALIST_PASSWORD);
        other.get("/desk/claims/" + claim + "/delete").then().statusCode(403)
                .body(containsString("Only the journalist who entered this draft, or an editor, may delete it."));
        String token = other.csrfToken("/desk/sources/new");
        assertEquals(403, other.request().formParam("csrf-token", token).post("/desk/claims/" + claim + "/delete")
                .statusCode());
        assertEquals(1, database.countClaims());
        assertEquals(400, WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD).request()
                .post("/desk/claims/" + claim + "/delete").statusCode(), "without its CSRF token");
        assertEquals(1, database.countClaims());

        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, editor.submit("/desk/claims/" + claim + "/delete", "/desk/claims/" + claim + "/delete",
                Map.of()).statusCode());
        assertEquals(0, database.countClaims());
    }

    @Test
    void nothingEverPublishedIsDeletedNotEvenOnceUnpublished() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"));
        editor.get("/desk/sources/" + source).then().body(not(containsString("/desk/claims/" + claim + "/delete")));
        editor.get("/desk/claims/" + claim + "/delete?lang=ar").then().statusCode(403)
                .body(containsString("نُشر هذا الادعاء، فلا يُحذف أبدًا"));
        editor.submit("/review?show=all", "/review/claims/" + claim + "/unpublish", Map.of("back", "?show=all"));
        assertEquals(false, database.claimField(claim, "published"));
        Response refused = editor.submit("/desk/sources/new?lang=en",
                "/desk/claims/" + claim + "/delete", Map.of());
        assertEquals(403, refused.statusCode());
        assertEquals(true, refused.asString().contains("This claim has been published, so it is never deleted"));
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        assertEquals(403, journalist.get("/desk/claims/" + claim + "/delete").statusCode());
        assertEquals(1, database.countClaims());
    }

    static final String WAR = "2020 Nagorno-Karabakh war";
    static final String PROSECUTOR = "Prosecutor General's Office of Azerbaijan";

    /** A published claim of another claimant of the same side, in another article. */
    long anotherClaimant(String claimant, String value) {
        Api.importCsv(Api.csv(Api.rowWith("claimant", claimant).replace(",47,", "," + value + ",")
                .replace(",Title,", ",Another title,")), "?publish=true").statusCode(201);
        return database.claimId(claimant, Long.parseLong(value));
    }

    Response rename(WebSession editor, String kind, String name, String newName, String reason) {
        return editor.submit("/names/" + kind + "/edit?name=" + name, "/names/" + kind + "/rename",
                Map.of("name", name, "new_name", newName, "reason", reason));
    }

    Response merge(WebSession editor, String kind, String name, String into, String reason) {
        return editor.submit("/names/" + kind + "/edit?name=" + name, "/names/" + kind + "/merge",
                Map.of("name", name, "into", into, "merge_reason", reason));
    }

    String historyRow(String field, String before, String after) {
        return "<tr><td>" + field + "</td><td dir=\"auto\">" + before + "</td><td dir=\"auto\">" + after
                + "</td></tr>";
    }

    @Test
    void anEditorRenamesAConflictWithAReasonAndItsOldSlugMovesPermanently() {
        long published = anotherClaimant("Ministry of Defence of Azerbaijan", "12");
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.get("/review").then().body(containsString("href=\"/names\""));
        editor.get("/names").then().statusCode(200).body(containsString("<bdi>" + WAR + "</bdi>"));
        WebSession.anonymous().get("/api/v1/conflicts").then().body("[0].name", org.hamcrest.Matchers.equalTo(WAR));
        Response renamed = rename(editor, "conflict", WAR, "Second Nagorno-Karabakh War", "The name readers know.");
        assertEquals(303, renamed.statusCode(), renamed.asString());
        editor.follow(renamed).then().body(containsString(
                "“2020 Nagorno-Karabakh war” is now “Second Nagorno-Karabakh War”."));

        Response moved = WebSession.anonymous().get("/conflicts/2020-nagorno-karabakh-war?lang=ar");
        assertEquals(301, moved.statusCode());
        assertEquals(true, moved.header("Location").endsWith("/conflicts/second-nagorno-karabakh-war?lang=ar"),
                moved.header("Location"));
        WebSession.anonymous().get("/conflicts/second-nagorno-karabakh-war").then().statusCode(200)
                .body(containsString("Second Nagorno-Karabakh War"));
        WebSession.anonymous().get("/api/v1/conflicts").then()
                .body("[0].name", org.hamcrest.Matchers.equalTo("Second Nagorno-Karabakh War"));
        Api.publishedClaims();
        WebSession.anonymous().get("/api/v1/claims?conflict=2020-nagorno-karabakh-war").then().statusCode(200)
                .body("claims", org.hamcrest.Matchers.hasSize(1));
        editor.get("/claims/" + published).then()
                .body(containsString(historyRow("conflict", WAR, "Second Nagorno-Karabakh War")))
                .body(containsString("The name readers know."));
    }

    @Test
    void aRenamedOrMergedNameKeepsItsFormsInOtherLanguages() {
        database.emptyClaimsRegister();
        Api.importCsv(Api.HEADER + ",conflict@ar,claimant@ar\r\n" + Api.row() + ",حرب كاراباخ,النيابة العامة الأذربيجانية\r\n"
                + Api.rowWith("claimant", "Azerbaijan Prosecutor's Office").replace(",47,", ",48,") + ",,\r\n",
                "?publish=true").statusCode(201);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, rename(editor, "conflict", WAR, "Second Nagorno-Karabakh War", "The name readers know.")
                .statusCode());
        WebSession.anonymous().get("/conflicts/second-nagorno-karabakh-war?lang=ar").then().statusCode(200)
                .body(containsString("حرب كاراباخ"));
        // The one kept has no Arabic form: it takes the merged one's
        assertEquals(303, merge(editor, "claimant", "Prosecutor General's Office of Azerbaijan",
                "Azerbaijan Prosecutor's Office", "The same office.").statusCode());
        long kept = database.claimId("Azerbaijan Prosecutor's Office", 48);
        WebSession.anonymous().get("/claims/" + kept + "?lang=ar").then().statusCode(200)
                .body(containsString("النيابة العامة الأذربيجانية"));
    }

    @Test
    void aRenameOntoAnotherNameOrOneLikeItIsRefusedOfferingTheMerge() {
        anotherClaimant("Azerbaijan Prosecutor's Office", "12");
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response taken = rename(editor, "claimant", "Azerbaijan Prosecutor's Office",
                "  prosecutor general's   office of azerbaijan ", "Same office.");
        assertEquals(200, taken.statusCode());
        assertEquals(true, taken.asString().contains("<p class=\"error\" id=\"new_name-error\">“" + PROSECUTOR
                .replace("'", "&#39;") + "” already exists. If they are the same, merge the two instead.</p>"),
                taken.asString());
        assertEquals(true, taken.asString().contains("id=\"into\" name=\"into\" type=\"text\" value=\""
                + PROSECUTOR.replace("'", "&#39;") + "\""), "the merge is offered, filled in");
        assertEquals(true, taken.asString().contains("value=\"Same office.\""), "the reason is kept");

        Response alike = rename(editor, "claimant", "Azerbaijan Prosecutor's Office",
                "Prosecutor General's Office of Azerbaij\u0430n", "Same office.");
        assertEquals(true, alike.asString().contains("The new name looks like"), alike.asString());
        Response unseen = rename(editor, "claimant", "Azerbaijan Prosecutor's Office", "Azerbaijan\u202E Office",
                "x");
        assertEquals(true, unseen.asString().contains("U+202E RIGHT-TO-LEFT OVERRIDE"), unseen.asString());
        editor.get("/names?lang=ar");
        Response noReason = rename(editor, "claimant", "Azerbaijan Prosecutor's Office", "Azerbaijan Office",
                " ");
        assertEquals(true, noReason.asString().contains("اذكر سبب التغيير."), noReason.asString());
        assertEquals(1L, database.idOf("Claimant", "name", "Azerbaijan Prosecutor's Office") > 0 ? 1L : 0L);
        assertEquals(403, WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD)
                .get("/names").statusCode());
    }

    @Test
    void aMergeMovesEveryClaimAndTheMergedClaimantsLinksLeadToTheOneKept() {
        long moved = anotherClaimant("Azerbaijan Prosecutor's Office", "12");
        long same = anotherClaimant("Azerbaijan Prosecutor's Office", "47");
        long gone = database.idOf("Claimant", "name", "Azerbaijan Prosecutor's Office");
        long kept = database.idOf("Claimant", "name", PROSECUTOR);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response merged = merge(editor, "claimant", "Azerbaijan Prosecutor's Office", PROSECUTOR,
                "One office, two spellings.");
        assertEquals(303, merged.statusCode(), merged.asString());
        editor.follow(merged).then().body(containsString("has been merged into"))
                .body(containsString("claim " + same + " (as claim " + claim + ")"));
        assertEquals(PROSECUTOR, database.claimField(moved, "claimant.name"));
        assertEquals(PROSECUTOR, database.claimField(same, "claimant.name"), "both kept, said");
        assertEquals(0L, database.count("claimant", "id", gone));

        Response old = WebSession.anonymous().get("/claimants/" + gone);
        assertEquals(301, old.statusCode());
        assertEquals(true, old.header("Location").endsWith("/claimants/" + kept), old.header("Location"));
        WebSession.anonymous().get("/api/v1/claims?claimant=" + gone).then().statusCode(200)
                .body("claims", org.hamcrest.Matchers.hasSize(2));
        WebSession.anonymous().get("/api/v1/claimants").then().body("name",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Azerbaijan Prosecutor's Office")));
        editor.get("/claims/" + moved).then()
                .body(containsString(historyRow("claimant", "Azerbaijan Prosecutor&#39;s Office", PROSECUTOR
                        .replace("'", "&#39;"))))
                .body(containsString("One office, two spellings."));
    }

    @Test
    void claimantsOfDifferentSidesAreNotMerged() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Ministry of Defence of Armenia").replace(",Azerbaijan,Azerbaijan,",
                ",Armenia,Azerbaijan,")), "").statusCode(201);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        Response refused = merge(editor, "claimant", "Ministry of Defence of Armenia", PROSECUTOR, "Same?");
        assertEquals(200, refused.statusCode());
        assertEquals(true, refused.asString().contains("speaks for Armenia and"), refused.asString());
        assertEquals(1L, database.count("claimant", "name", "Ministry of Defence of Armenia"));
    }

    @Test
    void aPartyMergeMovesItsClaimsAndTheClaimantsSpeakingForIt() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Ombudsman of Azerbaijan").replace(",Azerbaijan,Azerbaijan,",
                ",Republic of Azerbaijan,Republic of Azerbaijan,").replace(",47,", ",9,")), "?publish=true")
                .statusCode(201);
        long ombudsman = database.claimId("Ombudsman of Azerbaijan", 9);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        WebSession.anonymous().get("/api/v1/parties").then().body("name",
                org.hamcrest.Matchers.hasItem("Republic of Azerbaijan"));
        assertEquals(303, merge(editor, "party", "Republic of Azerbaijan", "Azerbaijan", "One state.").statusCode());
        assertEquals("Azerbaijan", database.claimField(ombudsman, "subjectParty.name"));
        assertEquals("Azerbaijan", database.claimField(ombudsman, "claimant.party.name"));
        WebSession.anonymous().get("/api/v1/parties").then().body("name",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Republic of Azerbaijan")));
        WebSession.anonymous().get("/api/v1/claims?subject_side=republic-of-azerbaijan").then().statusCode(200)
                .body("claims", org.hamcrest.Matchers.hasSize(1));
        editor.get("/claims/" + ombudsman).then()
                .body(containsString(historyRow("subject_side", "Republic of Azerbaijan", "Azerbaijan")));
    }

    @Test
    void aConflictMergeMovesItsClaimsItsSlugAndTheReadersCounts() {
        long other = anotherClaimant("Ministry of Defence of Azerbaijan", "12");
        Api.importCsv(Api.csv(Api.rowWith("conflict", "Karabakh war 2020").replace(",47,", ",5,")), "?publish=true")
                .statusCode(201);
        long moved = database.claimId(PROSECUTOR, 5);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        WebSession.anonymous().get("/api/v1/conflicts").then().body("size()", org.hamcrest.Matchers.equalTo(2));
        assertEquals(303, merge(editor, "conflict", "Karabakh war 2020", WAR, "The same war.").statusCode());
        WebSession.anonymous().get("/api/v1/conflicts").then().body("size()", org.hamcrest.Matchers.equalTo(1))
                .body("[0].claims", org.hamcrest.Matchers.equalTo(2));
        Response old = WebSession.anonymous().get("/conflicts/karabakh-war-2020");
        assertEquals(301, old.statusCode());
        assertEquals(true, old.header("Location").endsWith("/conflicts/2020-nagorno-karabakh-war"));
        WebSession.anonymous().get("/sitemap.xml").then().body(not(containsString("karabakh-war-2020")));
        WebSession.anonymous().get("/").then().body(not(containsString("Karabakh war 2020")));
        assertEquals(WAR, database.claimField(moved, "conflict.name"));
        assertEquals(WAR, database.claimField(other, "conflict.name"));
    }

    @Test
    void anOutletRenameChangesEverySourceOfItAndAMergeThatWouldJoinTwoSourcesIsRefused() {
        anotherClaimant("Ministry of Defence of Azerbaijan", "12");
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        assertEquals(303, rename(editor, "outlet", "al jazeera mubasher", "Al Jazeera Mubasher (with agencies)",
                "Its own byline.").statusCode());
        assertEquals(0L, database.count("source", "outlet", "Al Jazeera Mubasher"));
        assertEquals(2L, database.count("source", "outlet", "Al Jazeera Mubasher (with agencies)"));
        editor.get("/claims/" + claim).then().body(containsString(historyRow("source_outlet", "Al Jazeera Mubasher",
                "Al Jazeera Mubasher (with agencies)"))).body(containsString("Its own byline."));

        Api.importCsv(Api.csv(Api.rowWith("source_outlet", "Mubasher").replace(",47,", ",3,")), "").statusCode(201);
        Response refused = merge(editor, "outlet", "Mubasher", "Al Jazeera Mubasher (with agencies)", "Same outlet.");
        assertEquals(200, refused.statusCode());
        assertEquals(true, refused.asString().contains("would become the same as source"), refused.asString());
        assertEquals(1L, database.count("source", "outlet", "Mubasher"));
    }

    @Test
    void aNameNoClaimUsesAnyMoreIsOfferedNowhere() {
        Api.importCsv(Api.csv(Api.rowWith("claimant", "Ombudsman of Azerbaijan").replace(",47,", ",9,")
                .replace("2020 Nagorno-Karabakh war", "Tovuz clashes")), "").statusCode(201);
        long draft = database.claimId("Ombudsman of Azerbaijan", 9);
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        editor.get("/desk/sources/" + source).then().body(containsString("<option value=\"Ombudsman of Azerbaijan\""))
                .body(containsString("<option value=\"Tovuz clashes\">"));
        assertEquals(303, editor.submit("/desk/sources/new", "/desk/claims/" + draft + "/delete", Map.of())
                .statusCode());
        editor.get("/desk/sources/" + source).then()
                .body(not(containsString("<option value=\"Ombudsman of Azerbaijan\"")))
                .body(not(containsString("<option value=\"Tovuz clashes\">")))
                .body(containsString("<option value=\"" + PROSECUTOR.replace("'", "&#39;") + "\""));
        editor.get("/names").then().body(not(containsString("Ombudsman of Azerbaijan")))
                .body(not(containsString("Tovuz clashes")));
        long ombudsman = database.idOf("Claimant", "name", "Ombudsman of Azerbaijan");
        assertEquals(404, WebSession.anonymous().get("/claimants/" + ombudsman).statusCode());
        assertEquals(404, WebSession.anonymous().get("/conflicts/tovuz-clashes").statusCode());
        WebSession.anonymous().get("/api/v1/claims?claimant=Ombudsman of Azerbaijan").then().statusCode(400);
    }
}
