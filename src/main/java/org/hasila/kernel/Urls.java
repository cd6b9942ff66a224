package org.hasila.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.qute.TemplateExtension;

/** {@code {text.urlEncoded}} in templates: a name made safe for a query string ("Party%200A"). */
@TemplateExtension
public final class Urls {

    private Urls() {
    }

    public static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
