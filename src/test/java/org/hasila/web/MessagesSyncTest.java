package org.hasila.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every language says everything, and only bundles speak (PetClinic's {@code I18nPropertiesSyncTest}): each language
 * has a file for every message bundle with exactly the keys of the English one, no label is picked by a
 * {@code {#when}} that a misspelt key would pass, and templates hold no words of their own. Reads files only.
 */
class MessagesSyncTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/java/org/hasila/web");
    private static final String ENGLISH = "en";
    private static final Pattern FILE = Pattern.compile("([a-z_]+)_([a-z]{2,3})\\.properties");
    private static final Pattern BUNDLE = Pattern.compile(
            "@MessageBundle(?:\\((?:value\\s*=\\s*)?\"(\\w+)\"[^)]*\\))?\\s+public interface");

    @Test
    void everyLanguageHasEveryBundleWithTheKeysOfTheEnglishOne() throws IOException {
        Map<String, Map<String, Set<String>>> keysByBundleAndLanguage = messageFiles();
        assertEquals(bundleNames(), keysByBundleAndLanguage.keySet(),
                "one messages/{bundle}_{language}.properties set for each @MessageBundle in org.hasila.web");
        Set<String> languages = keysByBundleAndLanguage.values().stream()
                .flatMap(byLanguage -> byLanguage.keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(languages.size() > 1, "Hasila speaks more than English: " + languages);
        keysByBundleAndLanguage.forEach((bundle, byLanguage) -> {
            assertEquals(languages, byLanguage.keySet(), "every language has a file of the bundle " + bundle);
            Set<String> english = byLanguage.get(ENGLISH);
            byLanguage.forEach((language, keys) -> assertEquals(english, keys,
                    bundle + "_" + language + ".properties holds the keys of " + bundle + "_en.properties"));
        });
    }

    @Test
    void noLabelIsPickedByAWhenThatAMisspeltKeyWouldPass() throws IOException {
        List<String> dispatched = new ArrayList<>();
        for (Path file : files(MESSAGES, ".properties")) {
            load(file).forEach((key, value) -> {
                if (value.toString().matches("(?s).*\\{#(when|switch|is|case)\\b.*")) {
                    dispatched.add(file.getFileName() + ": " + key);
                }
            });
        }
        assertEquals(List.of(), dispatched, "labels are one method each, so that a wrong one fails the build");
    }

    @Test
    void templatesHoldNoWordsOfTheirOwn() throws IOException {
        List<String> words = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String[] lines = VisibleText.of(Files.readString(template)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].codePoints().anyMatch(Character::isLetter)) {
                    words.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), words, "visible words come from a message bundle");
    }

    /**
     * What a reader sees of a template, line by line: its text and visible attributes, without Qute's expressions,
     * sections and comments, without markup, entities, digits and punctuation.
     */
    static final class VisibleText {

        /** Not language: code (the API page's requests, the embed code a newsroom copies) and Open Graph's type. */
        private static final Pattern NOT_LANGUAGE = Pattern.compile(
                "(?s)<(code|style|script)\\b.*?</\\1>|<(\\w+)[^>]*\\btranslate=\"no\"[^>]*>.*?</\\2>"
                        + "|\\{#(?:insert )?ogType}.*?\\{/\\w*}");
        private static final Pattern COMMENT = Pattern.compile("(?s)\\{!.*?!}|<!--.*?-->");
        /** A Qute tag starts with a letter, digit, underscore or one of # / @ ! right after its brace. */
        private static final Pattern QUTE = Pattern.compile("\\{[\\p{L}\\d_#/@!][^{}]*}");
        private static final Pattern TAG = Pattern.compile("<[^>]*>");
        private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
                "\\b(?:alt|title|placeholder|aria-label)=\"([^\"]*)\"");
        private static final Pattern DESCRIPTION = Pattern.compile("<meta\\s+(?:name|property)="
                + "\"(?:description|og:description|og:title|og:image:alt)\"\\s+content=\"([^\"]*)\"");
        private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#\\d+|#x\\p{XDigit}+);");

        private VisibleText() {
        }

        static String of(String template) {
            String text = keepingLines(template, NOT_LANGUAGE, match -> "");
            text = keepingLines(text, COMMENT, match -> "");
            text = keepingLines(text, QUTE, match -> "");
            text = keepingLines(text, TAG, match -> visibleAttributes(match.group()));
            return ENTITY.matcher(text).replaceAll(" ");
        }

        private static String visibleAttributes(String tag) {
            StringBuilder visible = new StringBuilder();
            for (Pattern attribute : List.of(VISIBLE_ATTRIBUTE, DESCRIPTION)) {
                Matcher values = attribute.matcher(tag);
                while (values.find()) {
                    visible.append(' ').append(values.group(1));
                }
            }
            return visible.toString();
        }

        /** Replaces each match and keeps its line breaks, so that a word is reported on its own line. */
        private static String keepingLines(String text, Pattern pattern, Function<Matcher, String> by) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String breaks = matcher.group().replaceAll("[^\n]", "");
                matcher.appendReplacement(out, Matcher.quoteReplacement(by.apply(matcher) + breaks));
            }
            return matcher.appendTail(out).toString();
        }
    }

    /** Keys by bundle and language, from the files' names. */
    private static Map<String, Map<String, Set<String>>> messageFiles() throws IOException {
        Map<String, Map<String, Set<String>>> found = new TreeMap<>();
        for (Path file : files(MESSAGES, ".properties")) {
            Matcher name = FILE.matcher(file.getFileName().toString());
            assertTrue(name.matches(), file + " is named {bundle}_{language}.properties");
            found.computeIfAbsent(name.group(1), bundle -> new TreeMap<>()).put(name.group(2),
                    load(file).stringPropertyNames());
        }
        return found;
    }

    /** The names of the message bundles declared in org.hasila.web; {@code msg} when a bundle gives none. */
    private static Set<String> bundleNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path source : files(BUNDLES, ".java")) {
            Matcher bundle = BUNDLE.matcher(Files.readString(source));
            if (bundle.find()) {
                names.add(bundle.group(1) == null ? "msg" : bundle.group(1));
            }
        }
        return names;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
