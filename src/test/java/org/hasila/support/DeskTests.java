package org.hasila.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the desk's tests start from: an empty register and the journalist's account, and the seed article's source
 * and its prosecutor's claim entered through the desk's forms, as a journalist enters them.
 */
public abstract class DeskTests {

    @Inject
    protected Database database;

    @Inject
    protected Accounts accounts;

    @BeforeEach
    protected void anEmptyRegisterAndTheJournalist() {
        database.emptyClaimsRegister();
        accounts.ensureJournalist();
    }

    protected static WebSession journalist() {
        return WebSession.loggedIn(Accounts.JOURNALIST, Accounts.JOURNALIST_PASSWORD);
    }

    protected static WebSession editor() {
        return WebSession.loggedIn(Accounts.EDITOR, Accounts.EDITOR_PASSWORD);
    }

    /** The source of the seed article, in the source form's fields. */
    public static Map<String, String> seedSource() {
        return Map.of("source_outlet", "Al Jazeera Mubasher (with agencies)",
                "source_title", "بومبيو يأمل أن تتمكن أرمينيا من “الدفاع عن نفسها” في وجه أذربيجان.. وينتقد تركيا",
                "source_published_on", "2020-10-16", "source_language", "ar");
    }

    /** The prosecutor's 47 civilians killed, in the claim form's fields. */
    public static Map<String, String> killed() {
        Map<String, String> claim = new HashMap<>(Map.of("conflict", "2020 Nagorno-Karabakh war",
                "claimant", "Prosecutor General's Office of Azerbaijan", "claimant_side", "Azerbaijan",
                "subject_side", "Azerbaijan", "caused_by", "Armenia", "category", "civilians-killed",
                "qualifier", "exact", "value", "47", "counting", "cumulative", "period_start", "2020-09-27"));
        claim.putAll(Map.of("claimant_kind", "side", "period_end", "2020-10-16", "as_of_precision", "exact", "stated_on",
                "2020-10-16",
                "quote", "وأعلنت أذربيجان عن مقتل 47 مدنيا وإصابة 222 آخرين في القصف الأرميني.",
                "translation", "Azerbaijan announced that 47 civilians were killed."));
        return claim;
    }

    /** Enters the seed article's source and returns its desk page's path. */
    public static String enterSource(WebSession session) {
        return enter(session, seedSource());
    }

    /** Enters a source (or opens the one stored) and returns its desk page's path. */
    public static String enter(WebSession session, Map<String, String> source) {
        Response created = session.submit("/desk/sources/new", "/desk/sources", source);
        assertEquals(303, created.statusCode(), created.asString());
        return URI.create(created.header("Location")).getPath();
    }

    /** The id of the source whose desk page this is. */
    public static long sourceId(String sourcePage) {
        return Long.parseLong(sourcePage.substring(sourcePage.lastIndexOf('/') + 1));
    }

    /** Adds a claim read in the source and returns its id. */
    public static long addClaim(WebSession session, String sourcePage, Map<String, String> claim) {
        Response added = session.submit(sourcePage, sourcePage + "/claims", claim);
        assertEquals(303, added.statusCode(), added.asString());
        String location = added.header("Location");
        return Long.parseLong(location.substring(location.indexOf("after=") + 6));
    }

    /** An editor publishes the claim from the review queue. */
    public static void publish(WebSession editor, long claim) {
        assertEquals(303, editor.submit("/review", "/review/claims/" + claim + "/publish", Map.of("back", "?"))
                .statusCode());
    }
}
