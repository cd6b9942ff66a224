package org.hasila.register.claim;

import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.hasila.kernel.Dates;
import org.hasila.web.CategoryMessages;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/**
 * A claim as a sentence ready to paste into an article, in the reader's language: who said what, when, over which
 * period, and how sure anyone is ("…; the figure has not been independently verified."). Arabic words it the way an
 * Arabic editor would ("بحسب … في …، بلغ عدد …"), with no verb whose gender depends on the claimant.
 */
@TemplateExtension
public final class Sentences {

    private Sentences() {
    }

    /** {@code {claim.sentence}} in templates. */
    static String sentence(Claim claim, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        return of(claim.claimant.name, claim.category.slug, claim.subjectParty.name, claim.qualifier, claim.valueExact,
                claim.valueMin, claim.valueMax, claim.counting, claim.periodStart, claim.periodEnd, claim.statedOn,
                claim.status, claim.statusReason, language);
    }

    /** The sentence of one claim's parts, in {@code language}. */
    public static String of(String claimant, String category, String subject, Qualifier qualifier, Long value, Long min,
            Long max, Counting counting, LocalDate periodStart, LocalDate periodEnd, LocalDate statedOn, Status status,
            String statusReason, Locale language) {
        ClaimMessages words = Languages.forTemplate(ClaimMessages.class, language);
        CategoryMessages categories = Languages.forTemplate(CategoryMessages.class, language);
        String figure = Figures.inWords(qualifier, value, min, max, words);
        String clause = switch (category) {
            case "civilians-killed" -> categories.sentence_civilians_killed(figure, subject);
            case "civilians-injured" -> categories.sentence_civilians_injured(figure, subject);
            case "soldiers-killed" -> categories.sentence_soldiers_killed(figure, subject);
            case "soldiers-injured" -> categories.sentence_soldiers_injured(figure, subject);
            case "people-killed" -> categories.sentence_people_killed(figure, subject);
            case "people-missing" -> categories.sentence_people_missing(figure, subject);
            case "people-captured" -> categories.sentence_people_captured(figure, subject);
            case "buildings-damaged" -> categories.sentence_buildings_damaged(figure, subject);
            case "buildings-destroyed" -> categories.sentence_buildings_destroyed(figure, subject);
            case "equipment-destroyed" -> categories.sentence_equipment_destroyed(figure, subject);
            case "equipment-damaged" -> categories.sentence_equipment_damaged(figure, subject);
            case "equipment-captured" -> categories.sentence_equipment_captured(figure, subject);
            case "aircraft-downed" -> categories.sentence_aircraft_downed(figure, subject);
            default -> throw new IllegalStateException("The category " + category + " has no sentence");
        };
        String period = periodStart == null ? ""
                : counting == Counting.INCREMENTAL
                        ? words.sentence_between(Dates.readable(periodStart, language), Dates.readable(periodEnd, language))
                        : words.sentence_since(Dates.readable(periodStart, language));
        String certainty = switch (status) {
            case REPORTED -> words.sentence_reported();
            case CORROBORATED -> words.sentence_corroborated();
            // The reason ends the sentence, so its own full stop goes.
            case DISPUTED -> words.sentence_disputed(statusReason == null ? "" : statusReason.strip().replaceAll("[.]+$", ""));
            case RETRACTED -> words.sentence_retracted();
        };
        LocalDate day = statedOn == null ? periodEnd : statedOn;
        return words.sentence(claimant, Dates.readable(day, language), clause, period, certainty);
    }
}
