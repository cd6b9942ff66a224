package org.hasila.interchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hasila.register.claim.Claim;
import org.hasila.register.source.ClaimSource;

/** A published claim as the exports write it, with the field names of claims CSV version 1. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExportedClaim(
        @JsonProperty("id") long id,
        @JsonProperty("conflict") String conflict,
        @JsonProperty("claimant") String claimant,
        @JsonProperty("claimant_side") String claimantSide,
        @JsonProperty("subject_side") String subjectSide,
        @JsonProperty("caused_by") String causedBy,
        @JsonProperty("category") String category,
        @JsonProperty("item") String item,
        @JsonProperty("qualifier") String qualifier,
        @JsonProperty("value") Long value,
        @JsonProperty("value_min") Long valueMin,
        @JsonProperty("value_max") Long valueMax,
        @JsonProperty("counting") String counting,
        @JsonProperty("period_start") LocalDate periodStart,
        @JsonProperty("period_end") LocalDate periodEnd,
        @JsonProperty("as_of_precision") String asOfPrecision,
        @JsonProperty("stated_on") LocalDate statedOn,
        @JsonProperty("notes") String notes,
        @JsonProperty("status") String status,
        @JsonProperty("status_reason") String statusReason,
        @JsonProperty("published_at") Instant publishedAt,
        @JsonProperty("sources") List<ExportedSource> sources) {

    /**
     * A source the claim was read in, with the claim's words there (in the source's language) and the newsroom's
     * translations of them by language, English included; {@code translation} is the English one. Its evidence: the
     * address of an archived copy, and the text captured from it with the SHA-256 of its UTF-8 bytes.
     */
    public record ExportedSource(
            @JsonProperty("outlet") String outlet,
            @JsonProperty("title") String title,
            @JsonProperty("url") String url,
            @JsonProperty("published_on") LocalDate publishedOn,
            @JsonProperty("language") String language,
            @JsonProperty("archive_url") String archiveUrl,
            @JsonProperty("captured_text") String capturedText,
            @JsonProperty("captured_text_sha256") String capturedTextSha256,
            @JsonProperty("quote") String quote,
            @JsonProperty("translation") String translation,
            @JsonProperty("translations") Map<String, String> translations) {

        static ExportedSource of(ClaimSource link) {
            return new ExportedSource(link.source.outlet, link.source.title, link.source.url,
                    link.source.publishedOn, link.source.language, link.source.archiveUrl, link.source.capturedText,
                    link.source.capturedTextSha256(), link.quote, link.translation,
                    link.translationsByLanguage());
        }
    }

    public static ExportedClaim of(Claim claim) {
        return of(claim, claim.sources.stream().map(ExportedSource::of).toList());
    }

    static ExportedClaim of(Claim claim, List<ExportedSource> sources) {
        return new ExportedClaim(claim.id, claim.conflict.name, claim.claimant.name,
                claim.claimant.party == null ? null : claim.claimant.party.name, claim.subjectParty.name,
                claim.causedByParty == null ? null : claim.causedByParty.name, claim.category.slug, claim.item,
                claim.qualifier.slug(), claim.valueExact, claim.valueMin, claim.valueMax, claim.counting.slug(),
                claim.periodStart, claim.periodEnd, claim.asOfPrecision.slug(), claim.statedOn, claim.notes,
                claim.status.slug(), claim.statusReason, claim.publishedAt, sources);
    }
}
