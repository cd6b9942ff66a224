package org.hasila.desk;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A journalist types a name in whichever language the source uses: the desk finds the name it is a form of, in
 * its suggestions and when the claim is saved, so "أذربيجان" is Azerbaijan and no second Azerbaijan is made.
 */
@QuarkusTest
class NamesInEveryLanguageOnTheDeskTest {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    WebSession journalist;
    String page;

    @BeforeEach
    void theSeedArticleWithItsArabicNames() {
        database.emptyClaimsRegister();
        Api.importCsv(Fixtures.seedArticleArabic(), "?publish=true").statusCode(201);
        accounts.ensureJournalist();
        journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        page = DeskTest.enterSource(journalist);
    }

    @Test
    void typingTheArabicNamesFindsTheEnglishNamedClaimantAndParties() {
        long parties = database.countParties();
        Map<String, String> claim = DeskTest.killed();
        claim.putAll(Map.of("conflict", "حرب ناغورني كاراباخ 2020", "claimant", "النيابة العامة الأذربيجانية",
                "claimant_side", "أذربيجان", "subject_side", "أذربيجان", "caused_by", "أرمينيا",
                "category", "civilians-injured", "value", "230", "period_end", "2020-10-18"));
        long added = DeskTest.addClaim(journalist, page, claim);
        assertEquals(database.idOf("Claimant", "name", "Prosecutor General's Office of Azerbaijan"),
                ((Number) database.claimField(added, "claimant.id")).longValue());
        assertEquals(database.idOf("Party", "name", "Azerbaijan"),
                ((Number) database.claimField(added, "subjectParty.id")).longValue());
        assertEquals(database.idOf("Conflict", "name", "2020 Nagorno-Karabakh war"),
                ((Number) database.claimField(added, "conflict.id")).longValue());
        assertEquals(parties, database.countParties(), "no second Azerbaijan");
    }

    @Test
    void theFormSuggestsNamesInEveryLanguage() {
        journalist.get(page).then().statusCode(200)
                .body(containsString("<option value=\"النيابة العامة الأذربيجانية\">"))
                .body(containsString("<option value=\"أذربيجان\">"))
                .body(containsString("<option value=\"Azerbaijan\">"));
    }
}
