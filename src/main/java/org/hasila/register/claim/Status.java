package org.hasila.register.claim;

import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;

/** An editor's judgement of a claim; anything but reported comes with a reason readers see. */
public enum Status implements Slugged {
    REPORTED, CORROBORATED, DISPUTED, RETRACTED;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<Status> {
        public DatabaseConverter() {
            super(Status.class);
        }
    }
}
