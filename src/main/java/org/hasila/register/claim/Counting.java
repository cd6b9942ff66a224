package org.hasila.register.claim;

import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;

/** Whether a figure is a running total for the whole period or new losses within the period only. */
public enum Counting implements Slugged {
    CUMULATIVE, INCREMENTAL;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<Counting> {
        public DatabaseConverter() {
            super(Counting.class);
        }
    }
}
