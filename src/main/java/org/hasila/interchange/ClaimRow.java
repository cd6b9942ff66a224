package org.hasila.interchange;

import java.time.LocalDate;

import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;

/** One line of a claims CSV file, checked and converted: every field as it will be stored. */
public record ClaimRow(long line, String conflict, String claimant, String claimantSide, String subjectSide,
        String causedBy, String category, String item, Qualifier qualifier, Long value, Long valueMin,
        Long valueMax, Counting counting, LocalDate periodStart, LocalDate periodEnd,
        AsOfPrecision asOfPrecision, LocalDate statedOn, String sourceOutlet, String sourceTitle, String sourceUrl,
        LocalDate sourcePublishedOn, String sourceLanguage, String quote, String translation, String notes) {
}
