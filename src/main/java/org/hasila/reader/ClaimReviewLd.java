package org.hasila.reader;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hasila.kernel.Dates;
import org.hasila.register.category.CategoryLabels;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.Figures;
import org.hasila.web.CategoryMessages;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Language;
import org.hasila.web.Msg;

/**
 * A claim's status as schema.org's ClaimReview, the way fact-checkers publish their verdicts: the claim in words, the
 * newsroom as author, the status as the rating's {@code alternateName}, the claimant as the claim's author.
 */
final class ClaimReviewLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewLd() {
    }

    /** JSON for a {@code <script type="application/ld+json">}: no {@code <} in it, so nothing closes the script. */
    static String of(Claim claim, Language language) {
        ClaimMessages words = language.bundle(ClaimMessages.class);
        String day = Dates.readable(claim.periodEnd, language.locale());
        String as = switch (claim.asOfPrecision) {
            case EXACT -> words.as_of_exact(day);
            case ON_OR_BEFORE -> words.as_of_on_or_before(day);
            case APPROXIMATE -> words.as_of_approximate(day);
        };
        String what = words.what(CategoryLabels.name(claim.category, language.bundle(CategoryMessages.class)),
                claim.item == null ? "" : claim.item, claim.subjectParty.name);
        String sentence = words.in_words(claim.claimant.name,
                Figures.inWords(claim.qualifier, claim.valueExact, claim.valueMin, claim.valueMax, words), what, as);
        String status = switch (claim.status) {
            case REPORTED -> words.status_reported();
            case CORROBORATED -> words.status_corroborated();
            case DISPUTED -> words.status_disputed();
            case RETRACTED -> words.status_retracted();
        };
        String newsroom = language.bundle(Msg.class).app_name();
        Map<String, Object> claimed = new LinkedHashMap<>();
        claimed.put("@type", "Claim");
        claimed.put("author", Map.of("@type", "Organization", "name", claim.claimant.name));
        if (claim.statedOn != null) {
            claimed.put("datePublished", claim.statedOn.toString());
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", language.getOrigin() + "/claims/" + claim.id);
        review.put("claimReviewed", sentence);
        review.put("author", Map.of("@type", "Organization", "name", newsroom, "url", language.getOrigin() + "/"));
        if (claim.publishedAt != null) {
            review.put("datePublished", claim.publishedAt.toString());
        }
        review.put("reviewRating", Map.of("@type", "Rating", "alternateName", status));
        review.put("itemReviewed", claimed);
        review.put("inLanguage", language.getCode());
        try {
            return JSON.writeValueAsString(review).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
