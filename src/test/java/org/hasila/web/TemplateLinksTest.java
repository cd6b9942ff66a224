package org.hasila.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.quarkiverse.renarde.Controller;
import org.junit.jupiter.api.Test;

/**
 * Templates link through the router ({@code {uri:Controller.method(...)}}) or through the path constants of the
 * resources that are no controllers ({@code {claimsCsv}}, {@code {chartSvg}}...), so that a renamed route fails
 * {@code ./mvnw package} instead of leaving a dead link. Renarde resolves {@code uri:} only when a page is rendered,
 * so this test checks every one against the controllers. Reads files and classes only.
 */
class TemplateLinksTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\\b(?:href|src|srcset|action|content)=\"(/[^\"]*)\"");
    /** Addresses that Quarkus serves itself, outside any controller or resource of Hasila. */
    private static final Set<String> QUARKUS = Set.of("/q/swagger-ui", "/q/openapi?format=json");
    private static final Pattern ROUTE = Pattern.compile("\\buri(?:abs)?:(\\w+)\\.(\\w+)\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");

    @Test
    void noTemplateWritesAnAddressOfHasilaByHand() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            Matcher links = LITERAL.matcher(Files.readString(template));
            while (links.find()) {
                if (!QUARKUS.contains(links.group(1))) {
                    literal.add(TEMPLATES.relativize(template) + ": " + links.group(1));
                }
            }
        }
        assertEquals(List.of(), literal, "links are written by {uri:...} or by the path constants of a resource");
    }

    @Test
    void everyRoutedLinkNamesAMethodOfAController() throws IOException {
        Map<String, Class<?>> controllers = controllers();
        List<String> unknown = new ArrayList<>();
        for (Path template : templates()) {
            Matcher routes = ROUTE.matcher(Files.readString(template));
            while (routes.find()) {
                Class<?> controller = controllers.get(routes.group(1));
                int arguments = routes.group(3).isBlank() ? 0 : routes.group(3).split(",(?![^()]*\\))").length;
                // Renarde lets a link leave out trailing query parameters: a method with at least as many will do
                boolean found = controller != null && Arrays.stream(controller.getMethods())
                        .anyMatch(method -> method.getName().equals(routes.group(2))
                                && method.getParameterCount() >= arguments && !Modifier.isStatic(method.getModifiers()));
                if (!found) {
                    unknown.add(TEMPLATES.relativize(template) + ": " + routes.group());
                }
            }
        }
        assertEquals(List.of(), unknown, "every {uri:Controller.method(...)} names an endpoint of a controller");
    }

    /** Renarde's controllers by their simple names, the names {@code uri:} uses. */
    private static Map<String, Class<?>> controllers() throws IOException {
        Map<String, Class<?>> controllers = new HashMap<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(source).toString().replace(".java", "").replace('/', '.');
                try {
                    Class<?> type = Class.forName(name, false, TemplateLinksTest.class.getClassLoader());
                    if (Controller.class.isAssignableFrom(type)) {
                        controllers.put(type.getSimpleName(), type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("compiled with the sources: " + name, e);
                }
            }
        }
        return controllers;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            return templates.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
    }
}
