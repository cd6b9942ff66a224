package org.hasila.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The languages Hasila speaks: one for each messages/msg_*.properties file, found through the beans Qute makes
 * of them, and every message bundle in each of them. Adding a language is adding its files (docs/languages.md).
 */
@ApplicationScoped
public class Languages {

    /** The language of the names as first written in claims CSV, and the one readers fall back to. */
    public static final String DEFAULT = "en";

    @Inject
    @Any
    Instance<Msg> frames;

    private Map<String, Msg> byCode;
    private List<Msg> all;
    /** Looking a bundle up in the container costs more than a page's dozens of labels should pay. */
    private final Map<Class<?>, Map<String, Object>> bundles = new ConcurrentHashMap<>();

    @PostConstruct
    void collect() {
        List<Msg> found = new ArrayList<>();
        frames.forEach(found::add);
        byCode = found.stream().collect(Collectors.toMap(Msg::lang, Function.identity(), (a, b) -> a));
        // English first, then the others by their codes: the switch reads the same on every page
        all = byCode.values().stream()
                .sorted(Comparator.comparing((Msg msg) -> !msg.lang().equals(DEFAULT)).thenComparing(Msg::lang))
                .toList();
    }

    public boolean speaks(String code) {
        return byCode.containsKey(code);
    }

    /** Each language's frame, English first: its code, direction and name. */
    public List<Msg> all() {
        return all;
    }

    /** A message bundle in a language; English for a language Hasila does not speak. */
    public <T> T bundle(Class<T> type, String code) {
        String spoken = speaks(code) ? code : DEFAULT;
        return type.cast(bundles.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(spoken, c -> MessageBundles.get(type, Localized.Literal.of(c))));
    }

    /**
     * A message bundle in a template's language, for template extensions that label values: {@code locale} is the
     * template's {@code locale} attribute, a {@link Locale} or a language tag.
     */
    public static <T> T forTemplate(Class<T> type, Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        return Arc.container().instance(Languages.class).get().bundle(type, language.getLanguage());
    }
}
