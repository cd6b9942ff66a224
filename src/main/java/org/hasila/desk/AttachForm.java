package org.hasila.desk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;

/**
 * What the form sends that adds the open source to a claim already recorded: the claim, by its number or its
 * address (copied from its page), and its words in this source. "This source reports it too" sends the claim form's
 * quote and translation instead.
 */
public record AttachForm(
        @RestForm(CLAIM) String claim,
        @RestForm(QUOTE) String quote,
        @RestForm("attach_translation") String translation) {

    static final String CLAIM = "claim";
    /** Not "quote": the claim form on the same page has that field. */
    static final String QUOTE = "attach_quote";

    /** A number, or an address whose path ends with {@code /claims/123}. */
    private static final Pattern CLAIM_NUMBER = Pattern.compile("(?:.*/claims/)?(\\d{1,18})/?(?:[?#].*)?");

    static AttachForm blank() {
        return new AttachForm(null, null, null);
    }

    /** The claim's id, or null when what was typed names none. */
    Long claimId() {
        Matcher matcher = claim == null ? null : CLAIM_NUMBER.matcher(claim.strip());
        return matcher != null && matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
    }
}
