package org.hasila.register.source;

import java.time.LocalDate;

/**
 * A source's fields once every rule has passed, as they will be stored.
 *
 * @param archiveUrl where an archived copy of it is kept
 * @param capturedText the text the journalist captured from it
 */
public record CheckedSource(String outlet, String title, String url, LocalDate publishedOn, String language,
        String archiveUrl, String capturedText) {

    /** What makes it the same source as one already stored. */
    public String matchKey() {
        return Source.matchKey(outlet, title, url, publishedOn);
    }
}
