package org.hasila.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The languages Hasila speaks: one for each messages/msg_*.properties file, found through the beans Qute makes
 * of them. Adding a language is adding its file (docs/languages.md).
 */
@ApplicationScoped
public class Languages {

    static final String DEFAULT = "en";

    @Inject
    @Any
    Instance<Msg> bundles;

    private Map<String, Msg> byCode;
    private List<Msg> all;

    @PostConstruct
    void collect() {
        List<Msg> found = new ArrayList<>();
        bundles.forEach(found::add);
        found.add(MessageBundles.get(Msg.class));
        byCode = found.stream().collect(Collectors.toMap(Msg::lang, Function.identity(), (a, b) -> a));
        // English first, then the others by their codes: the switch reads the same on every page
        all = byCode.values().stream()
                .sorted(Comparator.comparing((Msg msg) -> !msg.lang().equals(DEFAULT)).thenComparing(Msg::lang))
                .toList();
    }

    public boolean speaks(String code) {
        return byCode.containsKey(code);
    }

    public Msg bundle(String code) {
        return byCode.getOrDefault(code, byCode.get(DEFAULT));
    }

    public List<Msg> all() {
        return all;
    }
}
