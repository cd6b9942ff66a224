package org.hasila.extraction;

import java.util.Locale;
import java.util.Optional;

/** The languages whose articles the extractor reads, by their language tag. */
public enum TextLanguage {
    AR,
    EN;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a tag such as "ar" or "en-GB"; empty for a language the extractor does not read. */
    public static Optional<TextLanguage> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        for (TextLanguage language : values()) {
            if (language.tag().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
