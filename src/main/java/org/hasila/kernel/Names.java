package org.hasila.kernel;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared and turned into URL slugs, the same way everywhere. */
public final class Names {

    private Names() {
    }

    /** The key under which a name is unique: trimmed, inner spaces folded, lower-cased. */
    public static String key(String name) {
        return Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    /** "2020 Nagorno-Karabakh war" becomes "2020-nagorno-karabakh-war"; letters of any script stay. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(key(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
    }
}
