package org.hasila.register.claim;

import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;

/** How sure the as-of date is: exact, stated on or before that day, or approximate. */
public enum AsOfPrecision implements Slugged {
    EXACT, ON_OR_BEFORE, APPROXIMATE;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<AsOfPrecision> {
        public DatabaseConverter() {
            super(AsOfPrecision.class);
        }
    }
}
