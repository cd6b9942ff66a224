package org.hasila.timeline;

import java.util.List;
import java.util.Locale;

/**
 * The corrections to the claims a timeline draws, as its page lists them. The public record above provides them
 * (reader's {@code PublicRecordOfTimelines}), so that a timeline needs to know nothing of revisions.
 */
public interface TimelineCorrections {

    /** One correction worded in the page's language, with the claim it corrected. */
    record Shown(long claimId, String claim, String sentence, String anchor) {
    }

    List<Shown> of(String conflictSlug, String categorySlug, String subject, Locale locale);
}
