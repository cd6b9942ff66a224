package org.hasila.timeline;

import java.time.LocalDate;

import org.hasila.kernel.QueryString;
import org.hasila.register.category.Category;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;

/** The filters of one timeline, found in the database: its permalink is these, in the URL. */
public record TimelineRequest(Conflict conflict, Category category, Party subject, String item, LocalDate asOf) {

    /** The query string of this timeline: conflict and category slugs, the subject's name, item and day. */
    public String query() {
        return whole(conflict.slug, category.slug, subject.name).with("item", item).with("as-of", asOf).toString();
    }

    /** The query string of a whole-category timeline, as links to it are written. */
    public static String query(String conflictSlug, String categorySlug, String subject) {
        return whole(conflictSlug, categorySlug, subject).toString();
    }

    private static QueryString whole(String conflictSlug, String categorySlug, String subject) {
        return QueryString.of().with("conflict", conflictSlug).with("category", categorySlug).with("subject", subject);
    }
}
