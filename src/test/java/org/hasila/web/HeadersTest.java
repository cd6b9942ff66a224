package org.hasila.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Accounts;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer says what a browser may run in it, who may frame it, and whether a cache may keep it. */
@QuarkusTest
class HeadersTest {

    static final String QUERY = "?conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";
    static final String EMBED = "/timelines/embed" + QUERY;
    static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** A reader page, a timeline, the API page, the login form, a 404 page, JSON, CSV and a JSON 404. */
    static final List<String> READERS_ANSWERS = List.of("/", "/claims", "/timelines" + QUERY, "/api", "/login",
            "/no-such-page", "/api/v1/claims.json", "/api/v1/claims.csv", "/timelines/data.csv" + QUERY,
            "/timelines/chart.svg" + QUERY, "/api/v1/no-such-thing");

    /** The desk, the review queue, imports and accounts, as an editor sees them. */
    static final List<String> DESK_PAGES = List.of("/desk", "/review", "/imports", "/accounts", "/accounts/password");

    @Inject
    Database database;

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void everyAnswerHasTheStrictPolicyAndRefusesToBeFramed() {
        for (String path : READERS_ANSWERS) {
            strictAndUnframed(given().redirects().follow(false).get(path), path);
        }
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        for (String path : DESK_PAGES) {
            Response page = editor.get(path);
            page.then().statusCode(200);
            strictAndUnframed(page, path);
        }
    }

    private static void strictAndUnframed(Response answer, String path) {
        answer.then().header("Content-Security-Policy", equalTo(STRICT + "; frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void theEmbedMayBeFramedByAnySiteAndRunsNothingInline() {
        given().get(EMBED).then().statusCode(200)
                .header("Content-Security-Policy", equalTo(STRICT + "; frame-ancestors *"))
                .header("X-Frame-Options", nullValue())
                .body(not(containsString("<style")), not(containsString("style=")));
    }

    @Test
    void swaggerUiHasAPolicyOfItsOwnAndRefusesToBeFramed() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void readersAnswersKeepTheirCaching() {
        for (String path : List.of(EMBED, "/timelines/data.csv" + QUERY, "/timelines/chart.svg" + QUERY)) {
            given().get(path).then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300"));
        }
        for (String path : READERS_ANSWERS) {
            given().redirects().follow(false).get(path).then().header("Cache-Control",
                    not(containsString("no-store")));
        }
    }

    @Test
    void noCacheKeepsAnAnswerToALoggedInPerson() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        for (String path : DESK_PAGES) {
            editor.get(path).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        }
        // The same answers readers may keep are a person's own when they are logged in
        for (String path : READERS_ANSWERS) {
            editor.get(path).then().header("Cache-Control", equalTo("private, no-store"));
        }
        for (String path : List.of("/api/v1/claims.json", "/api/v1/claims.csv", EMBED)) {
            Api.asEditor().get(path).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        }
    }
}
