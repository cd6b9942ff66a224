package org.hasila.register.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import org.hasila.kernel.Moment;
import org.hasila.kernel.Slugged;
import org.hasila.register.category.Category;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.formername.FormerName;
import org.hasila.register.party.Party;
import org.hasila.web.FilterMessages;
import org.hasila.web.FormErrors;

/**
 * Reads the filters of a URL one field at a time, the same way for the list of claims, timelines and their API:
 * a blank field filters nothing, a name or slug is looked up among those of published claims (a name only drafts
 * use is refused like one never used), and every problem is said next to its field.
 */
public final class FilterReader {

    private final FilterMessages msg;
    private final FormErrors errors = FormErrors.none();

    public FilterReader(FilterMessages msg) {
        this.msg = msg;
    }

    /** A conflict with published claims by name (any case) or slug, or by one it had before a rename or merge. */
    public Conflict conflict(String field, String typed) {
        return find(field, typed, name -> Conflict.findPublished(name)
                .or(() -> FormerName.current(FormerName.CONFLICT, name).map(id -> Conflict.<Conflict> findById(id))
                        .flatMap(current -> Conflict.findPublished(current.slug))),
                msg::no_such_conflict);
    }

    /** A party of published claims by name (any case) or by the slug of its name, or of a former name. */
    public Party party(String field, String typed) {
        return find(field, typed, name -> Party.findPublished(name)
                .or(() -> FormerName.current(FormerName.PARTY, name).map(id -> Party.<Party> findById(id))
                        .flatMap(current -> Party.findPublished(current.name))),
                msg::no_such_party);
    }

    /** A claimant with published claims by id or name (any case), or by a merged one's id or a former name. */
    public Claimant claimant(String field, String typed) {
        return find(field, typed, text -> Claimant.findPublished(text)
                .or(() -> (text.strip().matches("\\d{1,18}")
                        ? FormerName.currentOfId(FormerName.CLAIMANT, Long.parseLong(text.strip()))
                        : FormerName.current(FormerName.CLAIMANT, text))
                        .flatMap(current -> Claimant.findPublished(current.toString()))),
                msg::no_such_claimant);
    }

    /** A category by slug. */
    public Category category(String field, String typed) {
        return find(field, typed, slug -> Optional.ofNullable(Category.findById(slug.strip())), msg::no_such_category);
    }

    public Status status(String field, String typed) {
        return find(field, typed, slug -> Optional.ofNullable(Slugged.fromSlug(Status.class, slug.strip())),
                msg::no_such_status);
    }

    /** A day written YYYY-MM-DD. */
    public LocalDate date(String field, String typed) {
        return find(field, typed, text -> {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }, msg::bad_date);
    }

    /** A moment to see the record at ({@code at=}); null when none is given or it names none ({@link Moment}). */
    public Moment moment(String field, String typed, Instant now) {
        try {
            return Moment.read(typed, now);
        } catch (Moment.Refused refused) {
            String value = typed.strip();
            errors.add(field, switch (refused.refusal()) {
                case UNREADABLE -> msg.bad_moment(value);
                case FUTURE -> msg.future_moment(value);
            });
            return null;
        }
    }

    /** A filter that must be given: when it is blank, the message asks for it. */
    public void chosen(String field, String typed, String choose) {
        if (blank(typed)) {
            errors.add(field, choose);
        }
    }

    public void problem(String field, String message) {
        errors.add(field, message);
    }

    /** The problems so far; empty when every filter was read. */
    public FormErrors errors() {
        return errors;
    }

    private <T> T find(String field, String typed, Function<String, Optional<T>> finder,
            Function<String, String> notFound) {
        if (blank(typed)) {
            return null;
        }
        Optional<T> found = finder.apply(typed);
        if (found.isEmpty()) {
            errors.add(field, notFound.apply(typed));
        }
        return found.orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
