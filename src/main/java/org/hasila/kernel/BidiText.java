package org.hasila.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A name set inside text of the other direction keeps its own order: "2020 Nagorno-Karabakh war" in an Arabic
 * sentence must not become "Nagorno-Karabakh war 2020". Pages isolate names with {@code <bdi>} or U+2068/U+2069;
 * a chart's text stands between marks of its own direction (U+200E, U+200F), which browsers read and do not draw.
 * Batik draws every direction control as a bar, so what it draws is split at those marks into {@link #runs}, each
 * with its own direction, and carries no control at all.
 */
public final class BidiText {

    private static final char LEFT_TO_RIGHT_MARK = '\u200E';
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';

    private BidiText() {
    }

    /** A stretch of text and its direction: null where it takes the direction of the text around it. */
    public record Run(String text, Boolean rightToLeft) {
    }

    /** The name as it goes into text of this direction: between marks of its own one when the two differ. */
    public static String marked(String name, boolean inRightToLeft) {
        if (!takesOtherDirection(name, inRightToLeft)) {
            return name;
        }
        char mark = inRightToLeft ? LEFT_TO_RIGHT_MARK : RIGHT_TO_LEFT_MARK;
        return mark + name + mark;
    }

    /** Whether the name reads in the other direction than text of this one, and so is {@link #marked}. */
    public static boolean takesOtherDirection(String name, boolean inRightToLeft) {
        Boolean rightToLeft = firstStrongIsRightToLeft(name);
        return rightToLeft != null && rightToLeft != inRightToLeft;
    }

    /**
     * The mark of a {@link #marked} name still open after {@code text}, given the one open before it (0 for none):
     * text broken into lines inside a name closes the name at the end of one line and opens it again on the next.
     */
    public static char openAfter(char open, String text) {
        char stillOpen = open;
        for (char c : text.toCharArray()) {
            if (c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK) {
                stillOpen = stillOpen == 0 ? c : stillOpen == c ? 0 : stillOpen;
            }
        }
        return stillOpen;
    }

    /**
     * Text with {@link #marked} names as runs: each name with its own direction, the text between them with none;
     * no run holds a direction control (mark, embedding, override or isolate).
     */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        char open = 0;
        for (char c : text.toCharArray()) {
            if (c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK) {
                if (open == 0 || open == c) {
                    close(runs, run, open);
                    open = open == 0 ? c : 0;
                }
            } else if (!isDirectionControl(c)) {
                run.append(c);
            }
        }
        close(runs, run, open);
        return runs;
    }

    private static void close(List<Run> runs, StringBuilder run, char mark) {
        if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), mark == 0 ? null : mark == RIGHT_TO_LEFT_MARK));
            run.setLength(0);
        }
    }

    /** The text without direction controls, for what Batik reads but does not lay out (a chart's title). */
    public static String withoutControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isDirectionControl(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /** U+200E/U+200F marks, U+061C Arabic letter mark, U+202A-U+202E embeddings and overrides, U+2066-U+2069 isolates. */
    public static boolean isDirectionControl(int c) {
        return c == LEFT_TO_RIGHT_MARK || c == RIGHT_TO_LEFT_MARK || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** Whether a text reads right to left, as its first strong letter says (digits only read left to right). */
    public static boolean rightToLeft(String text) {
        return Boolean.TRUE.equals(firstStrongIsRightToLeft(text));
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
