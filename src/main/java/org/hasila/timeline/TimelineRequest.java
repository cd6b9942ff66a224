package org.hasila.timeline;

import java.time.LocalDate;

import org.hasila.register.category.Category;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.kernel.Urls;

/** The filters of one timeline, found in the database: its permalink is these, in the URL. */
public record TimelineRequest(Conflict conflict, Category category, Party subject, String item, LocalDate asOf) {

    /** The query string of this timeline: conflict and category slugs, the subject's name, item and day. */
    public String query() {
        StringBuilder query = new StringBuilder(query(conflict.slug, category.slug, subject.name));
        if (item != null) {
            query.append("&item=").append(Urls.urlEncoded(item));
        }
        if (asOf != null) {
            query.append("&as-of=").append(asOf);
        }
        return query.toString();
    }

    /** The query string of a whole-category timeline, as links to it are written. */
    public static String query(String conflictSlug, String categorySlug, String subject) {
        return "conflict=" + Urls.urlEncoded(conflictSlug) + "&category=" + Urls.urlEncoded(categorySlug)
                + "&subject=" + Urls.urlEncoded(subject);
    }
}
