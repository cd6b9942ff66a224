package org.hasila.register.name;

import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;

/** What a translated name names: its translations are kept apart by kind, as the names themselves are. */
public enum NameKind implements Slugged {
    CONFLICT,
    PARTY,
    CLAIMANT,
    OUTLET,
    ITEM;

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<NameKind> {
        public DatabaseConverter() {
            super(NameKind.class);
        }
    }
}
