package org.hasila.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.hasila.support.Accounts;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/** Bodies a client gets wrong are its mistake: a 415 or a 400 with a sentence, never a 500 nor a stack trace. */
@QuarkusTest
class FormBodiesTest {

    static final String BOUNDARY = "hasila-test-boundary";

    @Test
    void aPageTakesItsFormAsAFormAndNothingElse() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/accounts");
        editor.request().header("X-CSRF-TOKEN", token).contentType("text/plain").body("username=sami")
                .post("/accounts").then().statusCode(415)
                .body(containsString("This address takes a form sent from its page, nothing else."));
        editor.request().header("X-CSRF-TOKEN", token).contentType(ContentType.JSON)
                .body("{\"username\": \"sami\", \"password\": \"a-long-enough-password\"}").post("/accounts").then()
                .statusCode(415).body(containsString("takes a form sent from its page"));
        editor.request().header("Accept-Language", "ar").noContentType().post("/accounts").then().statusCode(415)
                .body(containsString("هذا العنوان لا يقبل إلا نموذجًا مُرسلًا من صفحته."));
        editor.get("/accounts").then().body(not(containsString("<td>sami</td>")));
    }

    @Test
    void aMultipartBodyCutShortIsABadRequest() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/imports");
        String cutShort = part("csrf-token", token)
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"claims.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nconflict,claimant\r\n";
        multipart(editor, cutShort).post("/imports/preview").then().statusCode(400)
                .body(containsString("This form could not be read: it was cut short or has too many fields."))
                .body(not(containsString("Exception")));
    }

    @Test
    void twentyThousandFieldsAreABadRequest() {
        WebSession editor = WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
        String token = editor.csrfToken("/imports");
        StringBuilder body = new StringBuilder(part("csrf-token", token));
        for (int i = 0; i < 20_000; i++) {
            body.append(part("field" + i, "x"));
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        multipart(editor, body.toString()).post("/imports/preview").then().statusCode(400)
                .body(containsString("This form could not be read"));
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Sends the body as written: REST Assured would otherwise build its own multipart body. */
    private static RequestSpecification multipart(WebSession session, String body) {
        return session.request()
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
