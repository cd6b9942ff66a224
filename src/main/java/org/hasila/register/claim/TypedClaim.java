package org.hasila.register.claim;

import java.util.Map;

/**
 * A claim's fields as someone typed them, before any rule: what a desk form posts or a row of a claims CSV file
 * holds. Null or blank where nothing was typed. {@code translations} holds the quote's translations into the site's
 * languages other than English, by language, for the languages the form or file has a field for.
 */
public record TypedClaim(String conflict, String claimant, String claimantSide, String subjectSide, String causedBy,
        String category, String item, String qualifier, String value, String valueMin, String valueMax,
        String counting, String periodStart, String periodEnd, String asOfPrecision, String statedOn, String quote,
        String translation, String notes, Map<String, String> translations) {
}
