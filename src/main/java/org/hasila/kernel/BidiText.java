package org.hasila.kernel;

/**
 * A name set inside text of the other direction keeps its own order: "2020 Nagorno-Karabakh war" in an Arabic
 * sentence must not become "Nagorno-Karabakh war 2020". Pages isolate names with {@code <bdi>} or U+2068/U+2069;
 * the charts' text is also drawn by Batik, which draws isolates as boxes, so there a name stands between marks of
 * its own direction (U+200E, U+200F), which every renderer reads and none draws.
 */
public final class BidiText {

    private static final char LEFT_TO_RIGHT_MARK = '\u200E';
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';

    private BidiText() {
    }

    /** The name as it goes into text of this direction: between marks of its own one when the two differ. */
    public static String marked(String name, boolean inRightToLeft) {
        Boolean rightToLeft = firstStrongIsRightToLeft(name);
        if (rightToLeft == null || rightToLeft == inRightToLeft) {
            return name;
        }
        char mark = rightToLeft ? RIGHT_TO_LEFT_MARK : LEFT_TO_RIGHT_MARK;
        return mark + name + mark;
    }

    /** The direction of a text's first strong letter, as browsers guess it for {@code dir="auto"}; none for digits only. */
    static Boolean firstStrongIsRightToLeft(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            switch (Character.getDirectionality(text.codePointAt(i))) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                default:
                    break;
            }
        }
        return null;
    }
}
