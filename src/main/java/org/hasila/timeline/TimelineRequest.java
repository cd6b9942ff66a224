package org.hasila.timeline;

import java.time.LocalDate;

import org.hasila.category.Category;
import org.hasila.conflict.Conflict;
import org.hasila.party.Party;

/** The filters of one timeline, found in the database: its permalink is these, in the URL. */
public record TimelineRequest(Conflict conflict, Category category, Party subject, String item, LocalDate asOf) {

    /** The query string of this timeline: conflict and category slugs, the subject's name, item and day. */
    public String query() {
        StringBuilder query = new StringBuilder("conflict=").append(encode(conflict.slug)).append("&category=")
                .append(encode(category.slug)).append("&subject=").append(encode(subject.name));
        if (item != null) {
            query.append("&item=").append(encode(item));
        }
        if (asOf != null) {
            query.append("&as-of=").append(asOf);
        }
        return query.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
