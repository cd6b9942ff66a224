package org.hasila.extraction;

import java.util.Locale;

/**
 * The text as the rules read it, with the way back to the text as written: Arabic without vowel marks and tatweel,
 * alef with hamza or madda as bare alef, alef maqsura as ya, Arabic-Indic and Persian digits as ASCII digits, the
 * Arabic thousands separator as a comma; Latin letters in lower case. Every folded character remembers where it
 * stood, so that a quote and its offsets are always cut from the text as written.
 */
final class Folded {

    final String text;
    private final String original;
    /** For each folded index (and the end), the UTF-16 index in the original text. */
    private final int[] at;

    Folded(String original) {
        this.original = original;
        StringBuilder folded = new StringBuilder(original.length());
        int[] positions = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            char f = fold(c);
            if (f != 0) {
                positions[folded.length()] = i;
                folded.append(f);
            }
        }
        positions[folded.length()] = original.length();
        this.text = folded.toString();
        this.at = positions;
    }

    private static char fold(char c) {
        if (c >= '\u064B' && c <= '\u0652' || c == '\u0640' || c == '\u0670') {
            return 0; // vowel marks, tatweel, dagger alef
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case '\u066C' -> ',';
            case '\u066B' -> '.';
            case '’', 'ʼ' -> '\'';
            case '\u00A0', '\u202F' -> ' ';
            default -> Character.toLowerCase(c);
        };
    }

    /** A word of the lexicon, folded the same way. */
    static String fold(String word) {
        return new Folded(word.toLowerCase(Locale.ROOT)).text;
    }

    /** Where a folded index stands in the text as written (UTF-16). */
    int original(int foldedIndex) {
        return at[foldedIndex];
    }

    /** The text as written between two folded indices. */
    String written(int start, int end) {
        return original.substring(at[start], end == text.length() ? original.length() : at[end - 1] + 1);
    }
}
