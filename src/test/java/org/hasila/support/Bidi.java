package org.hasila.support;

/** Names inside sentences are isolated (U+2068 ... U+2069), so that an English name reads right in Arabic. */
public final class Bidi {

    private Bidi() {
    }

    public static String isolated(String name) {
        return "\u2068" + name + "\u2069";
    }
}
