package org.hasila.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hasila.support.DeskTests;
import org.hasila.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Hostile strings through every text field of the source and claim forms: never a 5xx; what is stored comes back
 * exactly as typed, escaped on the page, so nothing executes.
 */
@QuarkusTest
class HostileInputTest extends DeskTests {

    /** Markup, script, template and SQL syntax, scripts of many languages, marks, emoji, bidi controls. */
    static final List<String> HOSTILE = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE claim; --", "{msg:app_name} {#include layout/} ${7*7} #{7*7}", "Robert'); --",
            "ثم نفس سقطت وبالتحديد، جزيرتي", "田中さんにあげて下さい", "Z̮̞̠͙͔ͅḀ̗̞͈̻̗Ḷ͙͎̯̹̞͓G̻O̭̗̮", "👩‍👩‍👧‍👦",
            "\u202Eevil\u202C text", "&amp; &lt;b&gt; &#x27;", "../../../etc/passwd", "null", "0x7fffffff",
            "Ω≈ç√∫˜µ≤≥÷ 𝕋𝕙𝕖", "a\u200Bb\uFEFFc");

    static final List<String> SOURCE_TEXT = List.of("source_outlet", "source_title");
    static final List<String> CLAIM_TEXT = List.of("quote", "translation", "notes");
    /** Names are stored NFKC, and refuse characters readers cannot see (LookalikeNamesTest). */
    static final List<String> CLAIM_NAMES = List.of("conflict", "claimant", "claimant_side", "subject_side",
            "caused_by", "item");
    static final Pattern UNSEEN = Pattern.compile("[\\p{Cf}]");

    @Test
    void everyTextFieldTakesHostileStringsBackExactlyAndEscaped() {
        WebSession journalist = journalist();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String hostile = HOSTILE.get(i);
            Map<String, String> source = new HashMap<>(seedSource());
            SOURCE_TEXT.forEach(field -> source.put(field, hostile + " " + field));
            Response created = journalist.submit("/desk/sources/new", "/desk/sources", source);
            assertEquals(303, created.statusCode(), hostile + ": " + created.asString());
            String page = java.net.URI.create(created.header("Location")).getPath();
            long sourceId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
            assertEquals(hostile + " source_outlet", database.sourceField(sourceId, "outlet"));

            Map<String, String> claim = new HashMap<>(killed());
            int n = i;
            CLAIM_TEXT.forEach(field -> claim.put(field, hostile + " " + field + " " + n));
            String name = UNSEEN.matcher(hostile).replaceAll("");
            CLAIM_NAMES.forEach(field -> claim.put(field, name + " " + field + " " + n));
            claim.put("confirm_new_names", "true");
            long id = addClaim(journalist, page, claim);
            assertEquals(hostile + " notes " + i, database.claimField(id, "notes"));
            assertEquals(Normalizer.normalize(name + " item " + i, Normalizer.Form.NFKC),
                    database.claimField(id, "item"));

            String shown = journalist.get("/claims/" + id).then().statusCode(200).extract().asString();
            assertTrue(shown.contains(escape(hostile + " notes " + i)), hostile);
            assertTrue(shown.contains(escape(hostile + " quote " + i)), hostile);
            assertFalse(shown.contains("<script>alert"), "raw markup on the page");
            assertFalse(shown.contains("<img src=x"), "raw markup on the page");
            assertFalse(shown.contains("Hasila Hasila"), "a template expression was evaluated");
        }
    }

    @Test
    void controlCharactersHugeTextsAndImpossibleValuesAreRefusedNeverA500() {
        WebSession journalist = journalist();
        String page = enterSource(journalist);
        List<Map<String, String>> attempts = List.of(Map.of("claimant", "nul\u0000byte"),
                Map.of("notes", "x".repeat(100_000)), Map.of("value", "99999999999999999999999"),
                Map.of("value", "-1"), Map.of("period_end", "2020-13-45"), Map.of("stated_on", "yesterday"),
                Map.of("category", "<script>"), Map.of("qualifier", "' or 1=1 --"), Map.of("counting", ""),
                Map.of("conflict", "\r\n"));
        for (Map<String, String> attempt : attempts) {
            Map<String, String> claim = new HashMap<>(killed());
            claim.putAll(attempt);
            Response response = journalist.submit(page, page + "/claims", claim);
            assertTrue(response.statusCode() < 500, attempt.keySet() + " answered " + response.statusCode());
            assertEquals(200, response.statusCode(), attempt.keySet() + " should come back with its error");
            assertTrue(response.asString().contains("class=\"error\""), attempt.keySet() + " shows an error");
        }
        assertEquals(0, database.countClaims());

        long id = addClaim(journalist, page, killed());
        Map<String, String> edit = new HashMap<>(killed());
        edit.put("version", "not-a-number");
        Response refused = journalist.submit("/desk/claims/" + id + "/edit", "/desk/claims/" + id, edit);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.asString().contains("Someone saved this claim after you opened it"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
