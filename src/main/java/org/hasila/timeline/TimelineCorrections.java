package org.hasila.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The corrections to the claims a timeline draws, as its page lists them. The public record above provides them
 * (reader's {@code PublicRecordOfTimelines}), so that a timeline needs to know nothing of revisions.
 */
public interface TimelineCorrections {

    /** One correction worded in the page's language, with the claim it corrected and when. */
    record Shown(long claimId, String claim, String sentence, String anchor, Instant when) {
    }

    /**
     * How many corrections were made to what a timeline draws after a moment, and when the newest of them was: a
     * pinned embed's "Updated since", counted from the same list as /corrections between the two moments.
     */
    record Since(long count, Instant until) {

        /** Those of {@code corrections} (newest first) made after {@code after}. */
        public static Since after(Instant after, List<Shown> corrections) {
            List<Shown> later = corrections.stream().filter(c -> c.when().isAfter(after)).toList();
            return new Since(later.size(), later.isEmpty() ? null : later.get(0).when());
        }
    }

    /** Newest first, as the public record lists them. */
    List<Shown> of(String conflictSlug, String categorySlug, String subject, Locale locale);
}
