package org.hasila.extraction;

import java.util.Set;

/**
 * A word, number, model code or punctuation mark of the text: where it stands in the folded text and the forms the
 * lexicon may know it by (an Arabic word also without the clitics that stick to it: و، ف، ب، ل، ك، ال).
 *
 * @param folded the token as matched (see {@link Folded})
 * @param forms the folded token and, for Arabic, each of its forms without clitics
 */
record Token(Kind kind, int start, int end, String folded, Set<String> forms) {

    enum Kind {
        WORD,
        NUMBER,
        MODEL,
        PUNCTUATION
    }

    boolean is(String form) {
        return forms.contains(form);
    }

    boolean isPunctuation() {
        return kind == Kind.PUNCTUATION;
    }

    /** A comma, semicolon or stop: where a list's item or a clause ends. */
    boolean endsClause() {
        return kind == Kind.PUNCTUATION && ",،;؛.:!?()".contains(folded);
    }
}
