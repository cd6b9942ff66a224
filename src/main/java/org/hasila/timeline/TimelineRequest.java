package org.hasila.timeline;

import java.time.Instant;
import java.time.LocalDate;

import org.hasila.kernel.Moment;
import org.hasila.kernel.QueryString;
import org.hasila.register.category.Category;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.web.Language;

/**
 * The filters of one timeline, found in the database: its permalink is these, in the URL. {@code at}, when given,
 * is the past moment whose published data it shows ({@code at=}); every link of such a page keeps it.
 */
public record TimelineRequest(Conflict conflict, Category category, Party subject, String item, LocalDate asOf,
        Moment at) {

    /** The query string of this timeline: conflict and category slugs, the subject's name, item and day. */
    public String query() {
        return whole(conflict.slug, category.slug, subject.name).with("item", item).with("as-of", asOf)
                .with("at", at == null ? null : at.text()).toString();
    }

    /**
     * The query string of this timeline in a language: what every link to its chart, PNG, downloads, embed and
     * permalink says, so that an address names one language and a cache never gives a reader another's.
     */
    public String query(String language) {
        return whole(conflict.slug, category.slug, subject.name).with("item", item).with("as-of", asOf)
                .with("at", at == null ? null : at.text()).with(Language.PARAMETER, language).toString();
    }

    /** The same timeline as it stands now: what a past state's banner links to. */
    public TimelineRequest now() {
        return new TimelineRequest(conflict, category, subject, item, asOf, null);
    }

    /** The same timeline as it stood at {@code moment}. */
    public TimelineRequest at(Moment moment) {
        return new TimelineRequest(conflict, category, subject, item, asOf, moment);
    }

    /**
     * The query of the corrections to this timeline made after its moment and until {@code until}: where a pinned
     * embed's "Updated since" leads (/corrections).
     */
    public String correctionsSince(Instant until, String language) {
        return whole(conflict.slug, category.slug, subject.name).with("after", at.instant()).with("until", until)
                .with(Language.PARAMETER, language).toString();
    }

    /** The query string of a whole-category timeline, as links to it are written. */
    public static String query(String conflictSlug, String categorySlug, String subject) {
        return whole(conflictSlug, categorySlug, subject).toString();
    }

    private static QueryString whole(String conflictSlug, String categorySlug, String subject) {
        return QueryString.of().with("conflict", conflictSlug).with("category", categorySlug).with("subject", subject);
    }
}
