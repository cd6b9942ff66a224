package org.hasila.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging in lands where the person works, logging out is in every page's header, and every form that comes back
 * with problems opens with a summary of them, each with its field's label and a link to the field.
 */
@QuarkusTest
class LandingAndErrorSummaryTest {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @BeforeEach
    void journalist() {
        accounts.ensureJournalist();
    }

    private static String landing(String username, String password, String then) {
        WebSession session = WebSession.anonymous();
        String token = session.csrfToken("/login" + (then == null ? "" : "?then=" + then));
        var request = session.request().formParam("username", username).formParam("password", password)
                .formParam("csrf-token", token);
        if (then != null) {
            request.formParam("then", then);
        }
        Response response = request.post("/login");
        assertEquals(303, response.statusCode(), response.asString());
        URI location = URI.create(response.header("Location"));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    @Test
    void loginLandsOnTheDeskForJournalistsAndTheQueueForEditors() {
        assertEquals("/desk", landing(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD, null));
        assertEquals("/review", landing(Accounts.EDITOR, Accounts.EDITOR_PASSWORD, null));
        assertEquals("/claims?conflict=x", landing(Accounts.EDITOR, Accounts.EDITOR_PASSWORD, "/claims?conflict=x"));
        WebSession.anonymous().get("/login?then=/claims").then()
                .body(containsString("name=\"then\" type=\"hidden\" value=\"/claims\""));
        for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example",
                "javascript:alert(1)" }) {
            assertEquals("/desk", landing(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD, elsewhere), elsewhere);
        }
    }

    @Test
    void logOutIsInTheHeaderOfEveryPageForWhoeverIsLoggedIn() {
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        for (String page : new String[] { "/", "/claims", "/desk", "/accounts/password" }) {
            String header = journalist.get(page).then().statusCode(200).extract().asString()
                    .replaceAll("(?s)</header>.*", "");
            assertEquals(true, header.matches("(?s).*<form action=\"/logout\" method=\"POST\".*name=\"csrf-token\".*"
                    + "<button type=\"submit\"[^>]*>Log out</button>.*"), page + ": " + header);
        }
        WebSession.anonymous().get("/claims").then().body(not(containsString("action=\"/logout\"")));
    }

    @Test
    void aFailedClaimOpensWithASummaryOfItsProblemsLinkedToTheirFields() {
        database.emptyClaimsRegister();
        WebSession journalist = WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
        Response created = journalist.submit("/desk/sources/new", "/desk/sources",
                Map.of("source_outlet", "Reuters", "source_language", "en"));
        String page = URI.create(created.header("Location")).getPath();
        Map<String, String> bad = new HashMap<>(Map.of("conflict", "2020 Nagorno-Karabakh war", "claimant", "Oryx",
                "claimant_kind", "independent", "subject_side", "Armenia", "category", "tanks-destroyed",
                "qualifier", "exact", "value", "-3", "counting", "cumulative", "period_end", "2020-10-16"));
        String body = journalist.submit(page, page + "/claims", bad).then().statusCode(200).extract().asString();
        String summary = body.replaceAll("(?s).*(<div class=\"error-summary\".*?</div>).*", "$1");
        assertEquals(true, summary.contains("role=\"alert\""), summary);
        assertEquals(true, summary.contains("tabindex=\"-1\" autofocus"), summary);
        assertEquals(true, summary.contains("<h2 id=\"error-summary-title\">There is a problem</h2>"), summary);
        assertEquals(true, summary.contains("<a href=\"#value\">Figure: &#39;-3&#39; is not a whole number"), summary);
        assertEquals(true, body.indexOf("error-summary") < body.indexOf("<h1"), "the summary opens the page");
        WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD)
                .submit(page + "?lang=ar", page + "/claims", bad).then()
                .body(containsString("<a href=\"#value\">الرقم: "));

        WebSession.anonymous().submit("/login", "/login", Map.of("username", "nobody", "password", "wrong")).then()
                .statusCode(200).body(containsString("class=\"error-summary\""))
                .body(containsString("<a href=\"#username\">"));
        journalist.submit("/accounts/password", "/accounts/password", Map.of("current", "wrong", "new", "x"))
                .then().statusCode(200).body(containsString("<a href=\"#current\">Current password: "));
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/imports");
        editor.request().multiPart("csrf-token", token).post("/imports/preview").then().statusCode(200)
                .body(containsString("<a href=\"#file\">"));
        editor.submit("/accounts", "/accounts", Map.of("username", "x", "password", "short", "role", "journalist"))
                .then().statusCode(200).body(containsString("<a href=\"#username\">Username: "));
        journalist.submit("/desk/sources/new", "/desk/sources", Map.of("source_outlet", "")).then()
                .body(containsString("<a href=\"#source_outlet\">Outlet: is required"));
    }
}
