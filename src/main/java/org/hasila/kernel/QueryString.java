package org.hasila.kernel;

/**
 * A link's query string built from named values: blank values are left out and every value is encoded the same
 * way, so the links of filters, timelines and pages agree with each other.
 */
public final class QueryString {

    private final StringBuilder query = new StringBuilder();

    private QueryString() {
    }

    public static QueryString of() {
        return new QueryString();
    }

    /** Adds {@code name=value}, the value stripped and encoded; nothing when the value is null or blank. */
    public QueryString with(String name, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (!text.isEmpty()) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(Urls.urlEncoded(text));
        }
        return this;
    }

    public boolean isEmpty() {
        return query.isEmpty();
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
