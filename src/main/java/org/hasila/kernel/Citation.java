package org.hasila.kernel;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.quarkus.qute.TemplateExtension;

/**
 * How to cite an exact state of a page: its title, the permanent address of that state, the moment of its data and
 * the day it was retrieved, as a BibTeX entry that reference managers import (the plain text is worded by the page's language).
 */
public record Citation(String publisher, String title, String url, String dataAsOf, LocalDate retrieved, String key) {

    /** A {@code @misc} entry; braces in names would end BibTeX's fields, so they are dropped. */
    public String bibtex() {
        return "@misc{" + key + ",\n  title = {" + braceless(title) + "},\n  author = {{" + braceless(publisher)
                + "}},\n  year = {" + retrieved.getYear() + "},\n  howpublished = {\\url{" + url + "}},\n  note = {Data as of "
                + dataAsOf + "; retrieved " + retrieved + "}\n}";
    }

    /** {@code {citation:today}} in templates: the retrieval date, in UTC like every moment Hasila names. */
    @TemplateExtension(namespace = "citation")
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** {@code {citation:of(publisher, title, url, dataAsOf)}} in templates: retrieved today. */
    @TemplateExtension(namespace = "citation")
    static Citation of(String publisher, String title, String url, String dataAsOf) {
        return new Citation(publisher, title, url, dataAsOf, today(), "hasila-" + Integer.toHexString(url.hashCode()));
    }

    private static String braceless(String text) {
        return text.replace("{", "").replace("}", "").replace("\\", "").replaceAll("[\\u2066-\\u2069\\u200e\\u200f]", "");
    }
}
