package org.hasila.register.source;

/** A source's fields as someone typed them, before any rule: from the desk's source form or a row of a file. */
public record TypedSource(String outlet, String title, String url, String publishedOn, String language,
        String archiveUrl, String capturedText) {
}
