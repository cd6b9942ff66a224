package org.hasila.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A claim the extractor found in a text, in the fields of claims CSV (docs/claims-csv.md), with the sentence it
 * came from. Nothing is stored: a person checks, edits or drops it. Offsets count Unicode code points from the
 * start of the text, the end excluded.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Suggestion(
        String conflict,
        String claimant,
        @JsonProperty("claimant_side") String claimantSide,
        @JsonProperty("subject_side") String subjectSide,
        @JsonProperty("caused_by") String causedBy,
        String category,
        String item,
        String qualifier,
        Long value,
        @JsonProperty("value_min") Long valueMin,
        @JsonProperty("value_max") Long valueMax,
        String counting,
        @JsonProperty("period_start") String periodStart,
        @JsonProperty("period_end") String periodEnd,
        @JsonProperty("as_of_precision") String asOfPrecision,
        String quote,
        @JsonProperty("quote_start") int quoteStart,
        @JsonProperty("quote_end") int quoteEnd) {

    /** The same suggestion in a conflict. */
    public Suggestion in(String conflictName) {
        return new Suggestion(conflictName, claimant, claimantSide, subjectSide, causedBy, category, item, qualifier,
                value, valueMin, valueMax, counting, periodStart, periodEnd, asOfPrecision, quote, quoteStart,
                quoteEnd);
    }
}
