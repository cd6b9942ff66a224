package org.hasila.kernel;

/** Text written into XML (the charts' SVG, the sitemap) by hand rather than through a template. */
public final class Xml {

    private Xml() {
    }

    /** The text escaped for an element's content or a quoted attribute value. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
