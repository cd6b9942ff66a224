package org.hasila.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Templates link through the router ({@code {uri:Controller.method(...)}}) or through the path constants of the
 * resources that are no controllers ({@code {claimsCsv}}, {@code {chartSvg}}...), so that a renamed route fails the
 * build instead of leaving a dead link. Reads files only.
 */
class TemplateLinksTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL = Pattern.compile("\\b(?:href|src|srcset|action|content)=\"(/[^\"]*)\"");
    /** Addresses that Quarkus serves itself, outside any controller or resource of Hasila. */
    private static final Set<String> QUARKUS = Set.of("/q/swagger-ui", "/q/openapi?format=json", "/j_security_check");

    @Test
    void noTemplateWritesAnAddressOfHasilaByHand() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                Matcher links = LITERAL.matcher(Files.readString(template));
                while (links.find()) {
                    if (!QUARKUS.contains(links.group(1))) {
                        literal.add(TEMPLATES.relativize(template) + ": " + links.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), literal, "links are written by {uri:...} or by the path constants of a resource");
    }
}
