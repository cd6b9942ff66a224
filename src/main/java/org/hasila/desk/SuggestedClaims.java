package org.hasila.desk;

import static org.hasila.register.claim.ClaimFields.*;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The claims suggested from a source's text as the journalist confirms them: one value of each field per claim,
 * in the page's order (every input and select is sent, empty or not), with the numbers of the claims ticked to
 * keep and of those to save despite a warning.
 */
public record SuggestedClaims(
        @RestForm(CONFLICT) String conflict,
        @RestForm(CLAIMANT) List<String> claimant,
        @RestForm(CLAIMANT_SIDE) List<String> claimantSide,
        @RestForm(ClaimForm.CLAIMANT_KIND) List<String> claimantKind,
        @RestForm(SUBJECT_SIDE) List<String> subjectSide,
        @RestForm(CAUSED_BY) List<String> causedBy,
        @RestForm(CATEGORY) List<String> category,
        @RestForm(ITEM) List<String> item,
        @RestForm(QUALIFIER) List<String> qualifier,
        @RestForm(VALUE) List<String> value,
        @RestForm(VALUE_MIN) List<String> valueMin,
        @RestForm(VALUE_MAX) List<String> valueMax,
        @RestForm(COUNTING) List<String> counting,
        @RestForm(PERIOD_START) List<String> periodStart,
        @RestForm(PERIOD_END) List<String> periodEnd,
        @RestForm(AS_OF_PRECISION) List<String> asOfPrecision,
        @RestForm(QUOTE) List<String> quote,
        @RestForm("keep") List<String> keep,
        @RestForm("confirm") List<String> confirm) {

    /** How many claims the page held: as many as quotes, the one field every claim sends. */
    int size() {
        return quote == null ? 0 : quote.size();
    }

    boolean kept(int i) {
        return keep != null && keep.contains(String.valueOf(i));
    }

    /** Every claim as its form, whether kept or not, so that the page comes back as it was. */
    List<ClaimForm> forms() {
        List<ClaimForm> forms = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            boolean confirmed = confirm != null && confirm.contains(String.valueOf(i));
            forms.add(new ClaimForm(conflict, at(claimant, i), at(claimantSide, i), at(subjectSide, i),
                    at(causedBy, i), at(category, i), at(item, i), at(qualifier, i), at(value, i), at(valueMin, i),
                    at(valueMax, i), at(counting, i), at(periodStart, i), at(periodEnd, i), at(asOfPrecision, i),
                    null, at(quote, i), null, null, null, null, confirmed, confirmed, at(claimantKind, i), null, null)
                    .withKnownClaimant());
        }
        return forms;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
