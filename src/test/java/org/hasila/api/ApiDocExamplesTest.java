package org.hasila.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every example of docs/api.md, run: a {@code http} block with the request (and the status when it is not 200, and
 * headers the answer must start with, such as its {@code Content-Type} and {@code Cache-Control}), followed by a
 * {@code json} block with the answer when it is JSON. The answer must hold what the example shows: every field shown
 * with its value, arrays element by element; {@code "..."} stands for any value or for more elements.
 */
@QuarkusTest
class ApiDocExamplesTest {

    static final Path API_DOC = Path.of("docs/api.md");
    static final Pattern EXAMPLE = Pattern.compile(
            "```http\\n(GET|HEAD) (\\S+)(?:\\nHTTP/1.1 (\\d{3}))?((?:\\n[A-Za-z-]+: [^\\n]+)*)\\n```(?:\\n+```json\\n(.*?)\\n```)?",
            Pattern.DOTALL);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Database database;

    @BeforeEach
    void seedArticle() {
        Api.onlyTheSeedArticle(database);
    }

    @Test
    void everyExampleAnswersWhatTheDocumentSays() throws IOException {
        String doc = Files.readString(API_DOC);
        Matcher example = EXAMPLE.matcher(doc);
        List<String> checked = new ArrayList<>();
        while (example.find()) {
            String path = example.group(2);
            int status = example.group(3) == null ? 200 : Integer.parseInt(example.group(3));
            Response response = given().urlEncodingEnabled(false).request(example.group(1), path);
            assertEquals(status, response.statusCode(), path);
            for (String header : example.group(4).strip().split("\n")) {
                if (!header.isBlank()) {
                    String name = header.substring(0, header.indexOf(':'));
                    String value = header.substring(header.indexOf(':') + 1).strip();
                    String actual = response.header(name);
                    assertTrue(actual != null && actual.startsWith(value), path + " " + name + ": " + actual);
                }
            }
            if (example.group(5) != null) {
                holds(JSON.readTree(response.asString()), JSON.readTree(example.group(5)), path + " ");
            }
            checked.add(path);
        }
        assertTrue(checked.size() >= 10, "docs/api.md has its examples: " + checked);
    }

    /** The actual answer holds everything the example shows. */
    static void holds(JsonNode actual, JsonNode expected, String where) {
        if (expected.isTextual() && expected.asText().equals("...")) {
            return;
        }
        if (expected.isObject()) {
            assertTrue(actual.isObject(), where + "is an object: " + actual);
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("...")) {
                    assertTrue(actual.has(field.getKey()), where + "has " + field.getKey() + ": " + actual);
                    holds(actual.get(field.getKey()), field.getValue(), where + field.getKey() + ".");
                }
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray(), where + "is an array: " + actual);
            boolean more = expected.size() > 0 && expected.get(expected.size() - 1).asText().equals("...");
            int shown = more ? expected.size() - 1 : expected.size();
            if (more ? actual.size() < shown : actual.size() != shown) {
                fail(where + "has " + actual.size() + " elements, the example " + shown + (more ? " or more" : ""));
            }
            for (int i = 0; i < shown; i++) {
                holds(actual.get(i), expected.get(i), where + "[" + i + "].");
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
