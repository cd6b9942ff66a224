package org.hasila.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.hasila.register.category.Category;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.web.FilterMessages;
import org.hasila.web.FormErrors;
import org.hasila.kernel.Names;

/** Reads a timeline's filters from a URL: names or slugs, each checked, each problem said next to its field. */
public final class TimelineFilters {

    /** The request, or the problems with the filters. */
    public record Result(TimelineRequest request, FormErrors errors) {
    }

    private TimelineFilters() {
    }

    public static Result read(String conflictParam, String categoryParam, String subjectParam, String itemParam,
            String asOfParam, FilterMessages msg) {
        FormErrors errors = FormErrors.none();
        Conflict conflict = blank(conflictParam) ? null : Conflict.findByNameOrSlug(conflictParam).orElse(null);
        if (conflict == null) {
            errors.add("conflict", blank(conflictParam) ? msg.choose_conflict() : msg.no_such_conflict(conflictParam));
        }
        Category category = blank(categoryParam) ? null : Category.findById(categoryParam.strip());
        if (category == null) {
            errors.add("category", blank(categoryParam) ? msg.choose_category() : msg.no_such_category(categoryParam));
        }
        Party subject = blank(subjectParam) ? null : findParty(subjectParam);
        if (subject == null) {
            errors.add("subject", blank(subjectParam) ? msg.choose_subject() : msg.no_such_party(subjectParam));
        }
        LocalDate asOf = null;
        if (!blank(asOfParam)) {
            try {
                asOf = LocalDate.parse(asOfParam.strip());
            } catch (DateTimeParseException e) {
                errors.add("as-of", msg.bad_date(asOfParam));
            }
        }
        String item = blank(itemParam) ? null : itemParam.strip();
        return new Result(errors.isEmpty() ? new TimelineRequest(conflict, category, subject, item, asOf) : null, errors);
    }

    /** A party by name (any case) or by the slug of its name. */
    static Party findParty(String nameOrSlug) {
        return Party.findByName(nameOrSlug).orElseGet(() -> Party.<Party>listAll().stream()
                .filter(p -> Names.slug(p.name).equals(nameOrSlug.strip())).findFirst().orElse(null));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
