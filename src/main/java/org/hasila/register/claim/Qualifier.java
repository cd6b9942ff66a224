package org.hasila.register.claim;

import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;

/** How a figure is qualified: exactly N, at least N, up to N, about N, between min and max, or no figure. */
public enum Qualifier implements Slugged {
    EXACT, AT_LEAST, AT_MOST, ABOUT, RANGE, UNSPECIFIED;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<Qualifier> {
        public DatabaseConverter() {
            super(Qualifier.class);
        }
    }
}
