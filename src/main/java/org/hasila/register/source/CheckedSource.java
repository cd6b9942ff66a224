package org.hasila.register.source;

import java.time.LocalDate;

/** A source's fields once every rule has passed, as they will be stored. */
public record CheckedSource(String outlet, String title, String url, LocalDate publishedOn, String language) {

    /** What makes it the same source as one already stored. */
    public String matchKey() {
        return Source.matchKey(outlet, title, url, publishedOn);
    }
}
