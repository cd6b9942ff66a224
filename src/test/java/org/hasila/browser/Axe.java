package org.hasila.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;

/**
 * axe-core, from the npm registry (the build unpacks it under target/axe-core), run inside a page with its
 * default rules (WCAG 2 A and AA, and best practices such as heading order and landmarks) and WCAG 2.2's target
 * size for taps: the page fails on any violation, whatever its impact.
 */
final class Axe {

    private static final Path SCRIPT = Path.of("target/axe-core/package/axe.min.js");
    private static String source;

    private Axe() {
    }

    static void assertNoViolation(Page page, String what) {
        // Evaluated by the browser's debugger, not added as an inline script, which the pages' policy refuses
        page.evaluate(source());
        Object found = page.evaluate("""
                async () => {
                  const result = await axe.run(document,
                    { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
                  return result.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))
                    .join('\\n');
                }""");
        assertEquals("", found, what + " has accessibility violations");
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is unpacked by the build: run ./mvnw verify", e);
            }
        }
        return source;
    }
}
