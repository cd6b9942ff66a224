package org.hasila.timeline;

import java.time.Instant;
import java.time.LocalDate;

import org.hasila.kernel.Moment;
import org.hasila.register.category.Category;
import org.hasila.register.claim.FilterReader;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.web.FilterMessages;
import org.hasila.web.FormErrors;

/** Reads a timeline's filters from a URL: names or slugs, each checked, each problem said next to its field. */
public final class TimelineFilters {

    /** The request, or the problems with the filters. */
    public record Result(TimelineRequest request, FormErrors errors) {
    }

    private TimelineFilters() {
    }

    public static Result read(String conflictParam, String categoryParam, String subjectParam, String itemParam,
            String asOfParam, String atParam, FilterMessages msg) {
        FilterReader filters = new FilterReader(msg);
        Conflict conflict = filters.conflict("conflict", conflictParam);
        filters.chosen("conflict", conflictParam, msg.choose_conflict());
        Category category = filters.category("category", categoryParam);
        filters.chosen("category", categoryParam, msg.choose_category());
        Party subject = filters.party("subject", subjectParam);
        filters.chosen("subject", subjectParam, msg.choose_subject());
        LocalDate asOf = filters.date("as-of", asOfParam);
        Moment at = filters.moment("at", atParam, Instant.now());
        String item = itemParam == null || itemParam.isBlank() ? null : itemParam.strip();
        return new Result(filters.errors().isEmpty() ? new TimelineRequest(conflict, category, subject, item, asOf, at)
                : null, filters.errors());
    }
}
