package org.hasila.desk;

import static org.hasila.register.claim.ClaimFields.*;

import org.hasila.extraction.Suggestion;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.TypedClaim;
import org.hasila.register.source.ClaimSource;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the claim form sends, one field per input and nothing else (no mass assignment), each as typed so the
 * form can come back filled in. The field names are the columns of claims CSV, so one set of rules checks both.
 *
 * @param version the claim's version when the form was opened: someone may have saved the claim since
 * @param reason why a published claim was changed, for its history
 * @param confirmDuplicate ticked to save a claim that looks like one already stored
 * @param confirmNewNames ticked to store new names that look like stored ones, or that mix scripts
 */
public record ClaimForm(
        @RestForm(CONFLICT) String conflict,
        @RestForm(CLAIMANT) String claimant,
        @RestForm(CLAIMANT_SIDE) String claimantSide,
        @RestForm(SUBJECT_SIDE) String subjectSide,
        @RestForm(CAUSED_BY) String causedBy,
        @RestForm(CATEGORY) String category,
        @RestForm(ITEM) String item,
        @RestForm(QUALIFIER) String qualifier,
        @RestForm(VALUE) String value,
        @RestForm(VALUE_MIN) String valueMin,
        @RestForm(VALUE_MAX) String valueMax,
        @RestForm(COUNTING) String counting,
        @RestForm(PERIOD_START) String periodStart,
        @RestForm(PERIOD_END) String periodEnd,
        @RestForm(AS_OF_PRECISION) String asOfPrecision,
        @RestForm(STATED_ON) String statedOn,
        @RestForm(QUOTE) String quote,
        @RestForm(TRANSLATION) String translation,
        @RestForm(NOTES) String notes,
        @RestForm("version") String version,
        @RestForm("reason") String reason,
        @RestForm("confirm_duplicate") boolean confirmDuplicate,
        @RestForm("confirm_new_names") boolean confirmNewNames) {

    /** The form for the first claim read in a source: the choices most claims make. */
    static ClaimForm first() {
        return new ClaimForm(null, null, null, null, null, null, null, Qualifier.EXACT.slug(), null, null, null,
                Counting.CUMULATIVE.slug(), null, null, AsOfPrecision.EXACT.slug(), null, null, null, null, null, null,
                false, false);
    }

    /** The form for the next claim read in the same source: what it most likely shares with the last one. */
    static ClaimForm after(Claim last) {
        return of(last, last.qualifier == Qualifier.UNSPECIFIED ? Qualifier.EXACT : last.qualifier, null, null, null,
                null, null, null, null);
    }

    /** The form to edit a claim, with the words of the first source it was read in. */
    static ClaimForm editing(Claim claim) {
        ClaimSource read = claim.sources.isEmpty() ? null : claim.sources.get(0);
        return of(claim, claim.qualifier, claim.item, claim.valueExact, claim.valueMin, claim.valueMax, claim.notes,
                read, String.valueOf(claim.version));
    }

    /** A claim suggested from the source's text, in the conflict the journalist named. */
    static ClaimForm suggested(Suggestion s, String conflict) {
        return new ClaimForm(conflict, s.claimant(), s.claimantSide(), s.subjectSide(), s.causedBy(), s.category(),
                s.item(), s.qualifier(), text(s.value()), text(s.valueMin()), text(s.valueMax()), s.counting(),
                s.periodStart(), s.periodEnd(), s.asOfPrecision(), null, s.quote(), null, null, null, null, false,
                false);
    }

    private static ClaimForm of(Claim claim, Qualifier qualifier, String item, Long value, Long valueMin,
            Long valueMax, String notes, ClaimSource read, String version) {
        return new ClaimForm(claim.conflict.name, claim.claimant.name,
                claim.claimant.party == null ? null : claim.claimant.party.name, claim.subjectParty.name,
                claim.causedByParty == null ? null : claim.causedByParty.name, claim.category.slug, item,
                qualifier.slug(), text(value), text(valueMin), text(valueMax), claim.counting.slug(),
                text(claim.periodStart), text(claim.periodEnd), claim.asOfPrecision.slug(), text(claim.statedOn),
                read == null ? null : read.quote, read == null ? null : read.translation, notes, version, null, false, false);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The claim as typed, without the figure fields its qualifier hides on the page: whatever they still hold is
     * ignored rather than refused.
     */
    TypedClaim typed() {
        boolean range = Qualifier.RANGE.slug().equals(qualifier);
        boolean noFigure = Qualifier.UNSPECIFIED.slug().equals(qualifier);
        boolean oneFigure = qualifier != null && !range && !noFigure;
        return new TypedClaim(conflict, claimant, claimantSide, subjectSide, causedBy, category, item, qualifier,
                range || noFigure ? null : value, oneFigure || noFigure ? null : valueMin,
                oneFigure || noFigure ? null : valueMax, counting, periodStart, periodEnd, asOfPrecision, statedOn,
                quote, translation, notes);
    }
}
