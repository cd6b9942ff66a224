package org.hasila.kernel;

import java.util.Locale;

/** An enumeration written as a lower-case slug (AT_LEAST is "at-least") in the database, CSV and JSON. */
public interface Slugged {

    String name();

    default String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose slug is {@code slug}, or null when there is none. */
    static <E extends Enum<E> & Slugged> E fromSlug(Class<E> type, String slug) {
        for (E constant : type.getEnumConstants()) {
            if (constant.slug().equals(slug)) {
                return constant;
            }
        }
        return null;
    }
}
