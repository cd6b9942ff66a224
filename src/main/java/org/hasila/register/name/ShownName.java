package org.hasila.register.name;

import io.quarkus.qute.RawString;
import org.hasila.kernel.BidiText;
import org.hasila.kernel.Xml;

/**
 * A name as a reader sees it: in their language, or, where it has no form in it, in another one that the page
 * marks with its own {@code lang} and direction rather than mixing it silently into the text around it.
 */
public record ShownName(String text, String language, boolean foreign) {

    public boolean rightToLeft() {
        return BidiText.rightToLeft(text);
    }

    public String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** The name isolated from the text around it, with its language and direction when it is not the page's. */
    public RawString html() {
        String name = Xml.escape(text);
        return new RawString(foreign ? "<bdi lang=\"" + Xml.escape(language) + "\" dir=\"" + dir() + "\">" + name
                + "</bdi>" : "<bdi>" + name + "</bdi>");
    }

    @Override
    public String toString() {
        return text;
    }
}
