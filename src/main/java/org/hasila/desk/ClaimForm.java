package org.hasila.desk;

import static org.hasila.register.claim.ClaimFields.*;

import java.util.Map;
import java.util.TreeMap;

import org.hasila.extraction.Suggestion;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.TypedClaim;
import org.hasila.register.claimant.Claimant;
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
 * @param claimantKind whether a new claimant speaks for a side ({@value #SPEAKS_FOR_A_SIDE}) or is independent
 *        ({@value #INDEPENDENT}): asked, because an empty "Speaks for" may be forgotten as easily as meant
 * @param attach the claim this one repeats, sent by "this source reports it too": the source is added to it
 * @param source the source the claim is edited from, whose quote the form shows and where the journalist goes back
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
        @RestForm("confirm_new_names") boolean confirmNewNames,
        @RestForm(CLAIMANT_KIND) String claimantKind,
        @RestForm("attach") String attach,
        @RestForm("source") String source) {

    static final String CLAIMANT_KIND = "claimant_kind";
    static final String SPEAKS_FOR_A_SIDE = "side";
    static final String INDEPENDENT = "independent";

    /** The form for the first claim read in a source: the choices most claims make. */
    static ClaimForm first() {
        return new ClaimForm(null, null, null, null, null, null, null, Qualifier.EXACT.slug(), null, null, null,
                Counting.CUMULATIVE.slug(), null, null, AsOfPrecision.EXACT.slug(), null, null, null, null, null, null,
                false, false, null, null, null);
    }

    /**
     * The form for the first claim of a new source: who and about whom the journalist's last claim was, wherever it
     * was read; what and when are the new article's.
     */
    static ClaimForm context(Claim last) {
        ClaimForm first = first();
        return new ClaimForm(last.conflict.name, last.claimant.name, sideOf(last.claimant),
                last.subjectParty.name, last.causedByParty == null ? null : last.causedByParty.name, first.category,
                null, first.qualifier, null, null, null, first.counting, null, null, first.asOfPrecision, null, null,
                null, null, null, null, false, false, kindOf(last.claimant), null, null);
    }

    /**
     * The form with a known claimant's side filled in when none was typed, and whether it speaks for one: choosing
     * a claimant brings its side, as the page's script does where it runs.
     */
    ClaimForm withKnownClaimant() {
        if (claimant == null || claimant.isBlank() || claimantSide != null && !claimantSide.isBlank()) {
            return this;
        }
        return Claimant.named(claimant)
                .map(known -> new ClaimForm(conflict, claimant, sideOf(known), subjectSide, causedBy, category, item,
                        qualifier, value, valueMin, valueMax, counting, periodStart, periodEnd, asOfPrecision,
                        statedOn, quote, translation, notes, version, reason, confirmDuplicate, confirmNewNames,
                        kindOf(known), attach, source))
                .orElse(this);
    }

    private static String sideOf(Claimant claimant) {
        return claimant.party == null ? null : claimant.party.name;
    }

    private static String kindOf(Claimant claimant) {
        return claimant.party == null ? INDEPENDENT : SPEAKS_FOR_A_SIDE;
    }

    /** The form for the next claim read in the same source: what it most likely shares with the last one. */
    static ClaimForm after(Claim last) {
        return of(last, last.qualifier == Qualifier.UNSPECIFIED ? Qualifier.EXACT : last.qualifier, null, null, null,
                null, null, null, null);
    }

    /** The form to edit a claim, with its words in the source it is edited from (else the first it was read in). */
    static ClaimForm editing(Claim claim, Long sourceId) {
        ClaimSource read = readIn(claim, sourceId);
        return of(claim, claim.qualifier, claim.item, claim.valueExact, claim.valueMin, claim.valueMax, claim.notes,
                read, String.valueOf(claim.version));
    }

    /** The claim's link to that source, else to the first source it was read in; null when it has none. */
    static ClaimSource readIn(Claim claim, Long sourceId) {
        return claim.sources.stream().filter(link -> link.source.id.equals(sourceId)).findFirst()
                .orElse(claim.sources.isEmpty() ? null : claim.sources.get(0));
    }

    /** The source the form says it is edited from, if it is one. */
    public Long sourceId() {
        return source == null || !source.matches("\\d{1,18}") ? null : Long.valueOf(source);
    }

    /**
     * A claim suggested from the source's text, in the conflict the journalist named: a claimant the text gives a side
     * speaks for it; one it gives none is asked about, as on the desk.
     */
    static ClaimForm suggested(Suggestion s, String conflict) {
        return new ClaimForm(conflict, s.claimant(), s.claimantSide(), s.subjectSide(), s.causedBy(), s.category(),
                s.item(), s.qualifier(), text(s.value()), text(s.valueMin()), text(s.valueMax()), s.counting(),
                s.periodStart(), s.periodEnd(), s.asOfPrecision(), null, s.quote(), null, null, null, null, false,
                false, s.claimantSide() == null ? null : SPEAKS_FOR_A_SIDE, null, null).withKnownClaimant();
    }

    private static ClaimForm of(Claim claim, Qualifier qualifier, String item, Long value, Long valueMin,
            Long valueMax, String notes, ClaimSource read, String version) {
        return new ClaimForm(claim.conflict.name, claim.claimant.name, sideOf(claim.claimant), claim.subjectParty.name,
                claim.causedByParty == null ? null : claim.causedByParty.name, claim.category.slug, item,
                qualifier.slug(), text(value), text(valueMin), text(valueMax), claim.counting.slug(),
                text(claim.periodStart), text(claim.periodEnd), claim.asOfPrecision.slug(), text(claim.statedOn),
                read == null ? null : read.quote, read == null ? null : read.translation, notes, version, null, false, false,
                kindOf(claim.claimant), null, read == null ? null : String.valueOf(read.source.id));
    }

    /** The translations into languages other than English of the quote the form to edit a claim shows. */
    static Map<String, String> translationsEditing(Claim claim, Long sourceId) {
        Map<String, String> others = new TreeMap<>();
        ClaimSource read = readIn(claim, sourceId);
        if (read != null) {
            others.putAll(read.translationsByLanguage());
            others.remove(ClaimSource.ENGLISH);
        }
        return others;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * The claim as typed, without the figure fields its qualifier hides on the page: whatever they still hold is
     * ignored rather than refused. The quote's translations into languages other than English come apart, as
     * {@link TranslationFields} reads them (their fields depend on the source's language).
     */
    TypedClaim typed(Map<String, String> translations) {
        boolean range = Qualifier.RANGE.slug().equals(qualifier);
        boolean noFigure = Qualifier.UNSPECIFIED.slug().equals(qualifier);
        boolean oneFigure = qualifier != null && !range && !noFigure;
        return new TypedClaim(conflict, claimant, claimantSide, subjectSide, causedBy, category, item, qualifier,
                range || noFigure ? null : value, oneFigure || noFigure ? null : valueMin,
                oneFigure || noFigure ? null : valueMax, counting, periodStart, periodEnd, asOfPrecision, statedOn,
                quote, translation, notes, translations);
    }
}
