package org.hasila.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

/**
 * How names (of conflicts, parties, claimants, items) are written, compared and turned into URL slugs, the same
 * way everywhere: one rule for the desk, the importer and the API (docs/security.md, "Names that look alike").
 */
public final class Names {

    /** Zero-width non-joiner: Persian and other Arabic-script writing needs it inside words (see {@link #unseen}). */
    private static final int ZWNJ = 0x200C;

    /** Unicode's confusable skeletons (UTS #39), and its restriction levels for mixing scripts. */
    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE)
            .build();
    private static final SpoofChecker SCRIPTS = new SpoofChecker.Builder().setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE).build();

    private Names() {
    }

    /** A character a name may not hold, and why: none is stored in a name. */
    public record Unseen(int codePoint, boolean directionControl) {

        /** "U+202E RIGHT-TO-LEFT OVERRIDE". */
        public String described() {
            return String.format(Locale.ROOT, "U+%04X %s", codePoint, UCharacter.getName(codePoint));
        }
    }

    /**
     * A name as it is stored: NFKC (compatibility forms such as the "ﬁ" ligature or full-width digits become the
     * plain letters and digits they stand for), stripped.
     */
    public static String written(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    /**
     * The first character that a reader cannot see or that changes the direction of what follows: format
     * characters (Unicode Cf: zero-width spaces and joiners, bidirectional embeddings, overrides, isolates and
     * marks) and the other default-ignorable code points. Only the zero-width non-joiner is allowed, and only
     * between two letters of the Arabic script, where Persian writes it.
     */
    public static Optional<Unseen> unseen(String name) {
        int[] codePoints = name.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            boolean direction = UCharacter.hasBinaryProperty(c, UProperty.BIDI_CONTROL);
            boolean invisible = UCharacter.getType(c) == UCharacter.FORMAT
                    || UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            if (c == ZWNJ && i > 0 && i < codePoints.length - 1 && arabicLetter(codePoints[i - 1])
                    && arabicLetter(codePoints[i + 1])) {
                continue;
            }
            if (direction || invisible) {
                return Optional.of(new Unseen(c, direction));
            }
        }
        return Optional.empty();
    }

    private static boolean arabicLetter(int c) {
        return UCharacter.isLetter(c) && UScript.getScript(c) == UScript.ARABIC;
    }

    /**
     * The key under which a name is unique: written, inner spaces folded, lower-cased; a zero-width non-joiner
     * does not make another name.
     */
    public static String key(String name) {
        return written(name).replaceAll("\\s+", " ").replace("\u200C", "").toLowerCase(Locale.ROOT);
    }

    /** What a name looks like (UTS #39 skeleton of its key): names that look alike have the same. */
    public static String lookalikeKey(String name) {
        return SKELETONS.getSkeleton(key(name));
    }

    /**
     * Whether a name mixes scripts in a way that hides a lookalike: Latin with Cyrillic or Greek, say ("Azerbaijаn"
     * with a Cyrillic "а"), beyond what Unicode's moderately restrictive level allows (Latin with Arabic stays).
     */
    public static boolean mixesScripts(String name) {
        return SCRIPTS.failsChecks(key(name));
    }

    /** "2020 Nagorno-Karabakh war" becomes "2020-nagorno-karabakh-war"; letters of any script stay. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(key(name), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^\\p{L}\\p{Nd}]+", "-").replaceAll("^-+|-+$", "");
    }
}
