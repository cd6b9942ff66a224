package org.hasila.reader;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hasila.review.Corrections;
import org.hasila.timeline.TimelineCorrections;
import org.hasila.web.Languages;
import org.hasila.web.ReaderMessages;

/** The corrections of one timeline's claims, from the public record, worded for its page. */
@ApplicationScoped
public class PublicRecordOfTimelines implements TimelineCorrections {

    @Inject
    Corrections corrections;

    @Override
    public List<Shown> of(String conflictSlug, String categorySlug, String subject, Locale locale) {
        ReaderMessages words = Languages.forTemplate(ReaderMessages.class, locale);
        return corrections.of(new Corrections.Scope(null, conflictSlug, categorySlug, subject)).stream()
                .map(c -> new Shown(c.claimId(), words.correction_claim(c.claimId(), c.claimant(), c.figure()),
                        CorrectionWords.sentence(c, locale), "correction-" + c.revision() + "-" + c.claimId(), c.when()))
                .toList();
    }
}
