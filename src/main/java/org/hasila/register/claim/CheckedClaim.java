package org.hasila.register.claim;

import java.time.LocalDate;
import java.util.Map;

/**
 * A claim's fields once every rule has passed, as they will be stored: texts stripped (null when empty), figures,
 * dates and choices converted. The quote and translation are the claim's words in the source it was read in;
 * {@code translations} the quote in the site's other languages, by language, null for one left empty.
 */
public record CheckedClaim(String conflict, String claimant, String claimantSide, String subjectSide,
        String causedBy, String category, String item, Qualifier qualifier, Long value, Long valueMin, Long valueMax,
        Counting counting, LocalDate periodStart, LocalDate periodEnd, AsOfPrecision asOfPrecision,
        LocalDate statedOn, String quote, String translation, String notes,
        Map<String, String> translations) {
}
