package org.hasila.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/**
 * The problems with a submitted form, by field, shown next to each field when the form comes back filled in, and
 * in the summary that opens the page (tags/errorSummary.html), each there with its field's label.
 * Forms are re-rendered, not redirected, so nothing typed (a long quote, say) has to fit in a cookie.
 */
public final class FormErrors {

    private final Map<String, Entry> byField = new LinkedHashMap<>();
    private final List<Offer> offers = new ArrayList<>();

    /** A field's problem, with the field's label (null: the problem is not one field's, and says it all). */
    public record Entry(String field, String label, String message) {
    }

    /** A value the form offers for a field instead of what was typed: a stored name the typed one looks like. */
    public record Offer(String field, String value) {
    }

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The Bean Validation violations of a form record, by the field they concern. */
    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        return errors;
    }

    /** A problem that the page says in its own words, not a field's: the summary shows it as it is. */
    public FormErrors add(String field, String message) {
        return add(field, null, message);
    }

    /** Keeps the first problem of each field; the summary names the field by its label. */
    public FormErrors add(String field, String label, String message) {
        byField.putIfAbsent(field, new Entry(field, label, message));
        return this;
    }

    /**
     * Offers a value for the field, as a submit button of that field's name placed before it: the browser sends the
     * button's value first, and a form field reads the first value sent.
     */
    public FormErrors offer(String field, String value) {
        offers.add(new Offer(field, value));
        return this;
    }

    public List<Offer> offers() {
        return offers;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        Entry entry = byField.get(field);
        return entry == null ? null : entry.message();
    }

    /** Every problem, in the order found, for the summary. */
    public Collection<Entry> entries() {
        return byField.values();
    }

    /** Every problem, one a line, for answers that are not pages. */
    public String all() {
        return String.join("\n", byField.values().stream().map(Entry::message).toList());
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }
}
