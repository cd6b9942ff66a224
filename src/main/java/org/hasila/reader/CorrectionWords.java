package org.hasila.reader;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.hasila.kernel.Dates;
import org.hasila.kernel.Slugged;
import org.hasila.register.claim.Status;
import org.hasila.review.Corrections.Change;
import org.hasila.review.Corrections.Correction;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;
import org.hasila.web.ReaderMessages;

/**
 * A correction as readers read it: "Corrected on 20 October 2020: 46 → 47. Reason: ...", in the page's language. Who
 * made it is never said: every correction is an editor's.
 */
public final class CorrectionWords {

    private CorrectionWords() {
    }

    /** {@code {correction.sentence}} in templates. */
    @TemplateExtension
    static String sentence(Correction correction, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        return sentence(correction, language);
    }

    /** {@code {correction.day}}: the day it was made, UTC. */
    @TemplateExtension
    static LocalDate day(Correction correction) {
        return correction.when().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public static String sentence(Correction correction, Locale locale) {
        ReaderMessages words = Languages.forTemplate(ReaderMessages.class, locale);
        String day = Dates.readable(day(correction), locale);
        String reason = correction.reason() == null ? words.correction_no_reason() : correction.reason();
        List<String> changes = new ArrayList<>();
        for (Change change : correction.changes()) {
            String before = value(change.field(), change.before(), words, locale);
            String after = value(change.field(), change.after(), words, locale);
            changes.add(change.field().equals("figure") ? words.correction_change_figure(before, after)
                    : words.correction_change(label(change.field(), words), before, after));
        }
        String changed = String.join(words.correction_separator() + " ", changes);
        return switch (correction.kind()) {
            case CORRECTED -> words.correction_corrected(day, changed, reason);
            case UNPUBLISHED -> words.correction_unpublished(day, reason);
            case REPUBLISHED -> words.correction_republished(day, changed, reason);
        };
    }

    /** A value as readers see it elsewhere: statuses by their label, dates as the language writes them. */
    private static String value(String field, String value, ReaderMessages words, Locale locale) {
        if (value == null || value.isEmpty()) {
            return words.correction_empty();
        }
        if (field.equals("status")) {
            ClaimMessages claim = Languages.forTemplate(ClaimMessages.class, locale);
            return switch (Slugged.fromSlug(Status.class, value)) {
                case REPORTED -> claim.status_reported();
                case CORROBORATED -> claim.status_corroborated();
                case DISPUTED -> claim.status_disputed();
                case RETRACTED -> claim.status_retracted();
            };
        }
        if (field.equals("period_start") || field.equals("period_end") || field.equals("stated_on")
                || field.equals("source_published_on")) {
            try {
                return Dates.readable(LocalDate.parse(value), locale);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    private static String label(String field, ReaderMessages words) {
        return switch (field) {
            case "figure" -> words.correction_field_figure();
            case "counting" -> words.correction_field_counting();
            case "period_start" -> words.correction_field_period_start();
            case "period_end" -> words.correction_field_period_end();
            case "as_of_precision" -> words.correction_field_as_of_precision();
            case "stated_on" -> words.correction_field_stated_on();
            case "status" -> words.correction_field_status();
            case "status_reason" -> words.correction_field_status_reason();
            case "item" -> words.correction_field_item();
            case "notes" -> words.correction_field_notes();
            case "category" -> words.correction_field_category();
            case "subject_side" -> words.correction_field_subject_side();
            case "caused_by" -> words.correction_field_caused_by();
            case "claimant" -> words.correction_field_claimant();
            case "conflict" -> words.correction_field_conflict();
            case "source_outlet" -> words.correction_field_source_outlet();
            case "source_title" -> words.correction_field_source_title();
            case "source_url" -> words.correction_field_source_url();
            case "source_published_on" -> words.correction_field_source_published_on();
            case "source_language" -> words.correction_field_source_language();
            case "source_archive_url" -> words.correction_field_source_archive_url();
            case "source_captured_text_sha256" -> words.correction_field_source_captured_text_sha256();
            default -> field;
        };
    }
}
