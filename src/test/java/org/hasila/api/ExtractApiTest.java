package org.hasila.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/extract}: who may ask, what it refuses, and what it answers for the seed article. */
@QuarkusTest
class ExtractApiTest {

    static final String EXTRACT = "/api/v1/extract";

    @Inject
    Accounts accounts;

    @BeforeEach
    void journalist() {
        accounts.ensureJournalist();
    }

    static RequestSpecification asJournalist() {
        return given().auth().preemptive().basic(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
    }

    @Test
    void withoutCredentialsIsRefused() {
        given().contentType("text/plain; charset=UTF-8").body("مقتل 47 مدنيا").post(EXTRACT + "?lang=ar").then()
                .statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .body("message", containsString("credentials"));
        given().auth().preemptive().basic(Accounts.JOURNALIST, "wrong password, long enough")
                .contentType("text/plain").body("x").post(EXTRACT + "?lang=ar").then().statusCode(401);
    }

    @Test
    void takesOnlyPlainText() {
        asJournalist().contentType("application/x-www-form-urlencoded").formParam("text", "مقتل 47 مدنيا")
                .post(EXTRACT + "?lang=ar").then().statusCode(415);
        asJournalist().contentType("application/json").body("{\"text\":\"47 civilians killed\"}")
                .post(EXTRACT + "?lang=en").then().statusCode(415);
    }

    @Test
    void aLanguageItDoesNotReadIsABadRequest() {
        asJournalist().contentType("text/plain").body("47 civilians were killed.").post(EXTRACT).then()
                .statusCode(400).body("message", containsString("lang must be ar or en"));
        asJournalist().contentType("text/plain").body("47 civilians were killed.").post(EXTRACT + "?lang=fr")
                .then().statusCode(400).body("message", containsString("lang must be ar or en"));
        asJournalist().contentType("text/plain").body("47 civilians were killed.")
                .post(EXTRACT + "?lang=en&published_on=16 October").then().statusCode(400)
                .body("message", containsString("published_on"));
    }

    @Test
    void textThatIsNotUtf8IsABadRequest() {
        asJournalist().contentType("text/plain").body(new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' })
                .post(EXTRACT + "?lang=en").then().statusCode(400).body("message", containsString("UTF-8"));
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithASentence() {
        String longest = "ب".repeat(200_000);
        asJournalist().contentType("text/plain; charset=UTF-8").body(longest.getBytes(StandardCharsets.UTF_8))
                .post(EXTRACT + "?lang=ar").then().statusCode(200).body("suggestions", empty());
        asJournalist().contentType("text/plain; charset=UTF-8").body((longest + "ب").getBytes(StandardCharsets.UTF_8))
                .post(EXTRACT + "?lang=ar").then().statusCode(413)
                .body("message", containsString("longer than 200000 characters"));
        asJournalist().contentType("text/plain; charset=UTF-8").body("x".repeat(3_000_000)).post(EXTRACT + "?lang=en")
                .then().statusCode(413);
    }

    @Test
    void aTextWithoutClaimsHasNoSuggestions() {
        asJournalist().contentType("text/plain; charset=UTF-8")
                .body("دعا نحو 20 نائبا فرنسيا باريس أمس الخميس إلى الاعتراف بالجمهورية.".getBytes(StandardCharsets.UTF_8))
                .post(EXTRACT + "?lang=ar").then().statusCode(200).body("suggestions", empty());
        asJournalist().contentType("text/plain").body("").post(EXTRACT + "?lang=en").then().statusCode(200)
                .body("suggestions", empty());
    }

    @Test
    void theSeedArticleGivesItsClaimsWithQuotesThatAreCutFromTheText() {
        String text = Fixtures.seedArticleText();
        List<Map<String, Object>> suggestions = given().auth().preemptive()
                .basic(Accounts.EDITOR, Accounts.EDITOR_PASSWORD).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).post(EXTRACT + "?lang=ar&published_on=2020-10-16").then()
                .statusCode(200).header("Cache-Control", containsString("no-store"))
                .body("suggestions.category", hasItems("civilians-killed", "buildings-damaged", "equipment-destroyed"))
                .body("suggestions[0].value", equalTo(47)).body("suggestions[0].counting", equalTo("cumulative"))
                .body("suggestions[0].period_end", equalTo("2020-10-16"))
                .extract().jsonPath().getList("suggestions");
        assertEquals(14, suggestions.size());
        for (Map<String, Object> s : suggestions) {
            int start = text.offsetByCodePoints(0, (Integer) s.get("quote_start"));
            int end = text.offsetByCodePoints(0, (Integer) s.get("quote_end"));
            assertEquals(s.get("quote"), text.substring(start, end));
            assertTrue(s.containsKey("claimant_side") && s.containsKey("value_min") && s.containsKey("item"));
        }
    }
}
