package org.hasila.register.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hasila.kernel.QueryString;
import org.hasila.register.category.Category;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.web.FilterMessages;
import org.hasila.web.FormErrors;

/**
 * The filters of the list of claims and of {@code /api/v1/claims}, read from the URL: each one checked, each
 * problem said next to its field. Names follow claims CSV: {@code conflict}, {@code claimant},
 * {@code subject_side}, {@code claimant_side}, {@code category}, {@code status}, and {@code from} and {@code to}
 * for the as-of date ({@code period_end}).
 */
public record ClaimFilters(Conflict conflict, Claimant claimant, Party subjectSide, Party claimantSide,
        Category category, Status status, LocalDate from, LocalDate to, Cursor after) {

    /** Where a page ends: its last claim's as-of date and id, written {@code 2020-10-16.1234} in links. */
    public record Cursor(LocalDate periodEnd, long id) {

        private static final Pattern FORM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(\\d{1,18})");

        @Override
        public String toString() {
            return periodEnd + "." + id;
        }

        static Cursor parse(String text) {
            Matcher matcher = FORM.matcher(text.strip());
            if (!matcher.matches()) {
                return null;
            }
            try {
                return new Cursor(LocalDate.parse(matcher.group(1)), Long.parseLong(matcher.group(2)));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** The filters as typed, to fill the form in again and to build the next page's link. */
    public record Typed(String conflict, String claimant, String subjectSide, String claimantSide, String category,
            String status, String from, String to, String after) {

        /** The query string of these filters, without the cursor. */
        public String query() {
            return filters().toString();
        }

        /** The link to the page after one that ends with {@code cursor}. */
        public String next(Cursor cursor) {
            return filters().with("after", cursor).toString();
        }

        private QueryString filters() {
            return QueryString.of().with("conflict", conflict).with("claimant", claimant)
                    .with("subject_side", subjectSide).with("claimant_side", claimantSide).with("category", category)
                    .with("status", status).with("from", from).with("to", to);
        }

        public boolean any() {
            return !query().isEmpty();
        }
    }

    /** The filters, or the problems with them. */
    public record Result(ClaimFilters filters, FormErrors errors) {
    }

    public static Result read(Typed typed, FilterMessages msg) {
        FilterReader filters = new FilterReader(msg);
        Conflict conflict = filters.conflict("conflict", typed.conflict());
        Claimant claimant = filters.claimant("claimant", typed.claimant());
        Party subjectSide = filters.party("subject_side", typed.subjectSide());
        Party claimantSide = filters.party("claimant_side", typed.claimantSide());
        Category category = filters.category("category", typed.category());
        Status status = filters.status("status", typed.status());
        LocalDate from = filters.date("from", typed.from());
        LocalDate to = filters.date("to", typed.to());
        if (from != null && to != null && from.isAfter(to)) {
            filters.problem("to", msg.to_before_from());
        }
        Cursor after = null;
        if (typed.after() != null && !typed.after().isBlank()) {
            after = Cursor.parse(typed.after());
            if (after == null) {
                filters.problem("after", msg.bad_cursor(typed.after()));
            }
        }
        return new Result(filters.errors().isEmpty()
                ? new ClaimFilters(conflict, claimant, subjectSide, claimantSide, category, status, from, to, after)
                : null, filters.errors());
    }
}
