package org.hasila.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.quarkus.qute.TemplateGlobal;

/**
 * The stylesheets and script with their content's hash in the link ({@code {stylesheet}}, {@code {embedStylesheet}},
 * {@code {deskScript}}, {@code {formsScript}}, {@code {jobScript}}):
 * Quarkus lets browsers keep static files for a day, and a new release must not wait for that.
 */
@TemplateGlobal
public final class Assets {

    static final String stylesheet = versioned("hasila.css");
    static final String embedStylesheet = versioned("embed.css");
    static final String deskScript = versioned("desk.js");
    static final String formsScript = versioned("forms.js");
    static final String jobScript = versioned("imports.js");

    private Assets() {
    }

    private static String versioned(String file) {
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/resources/" + file)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return "/" + file + "?v=" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
