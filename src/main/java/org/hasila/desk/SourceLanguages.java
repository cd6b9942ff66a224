package org.hasila.desk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * The languages the source form offers, named in the page's language: the newsroom's common ones first (what the
 * register's sources are mostly written in), then every other language ICU names, in the page language's order.
 *
 * @param common the common ones, and the source's own tag when it is neither (an old or regional one)
 * @param others every other language, by name
 */
public record SourceLanguages(List<Option> common, List<Option> others) {

    /** A language tag and its name. */
    public record Option(String tag, String name) {
    }

    static final List<String> COMMON = List.of("ar", "en", "ru", "hy", "az", "fr", "tr", "fa", "uk");

    private static final Map<String, List<Option>> OTHERS = new ConcurrentHashMap<>();

    /** The choices in the page's language; {@code chosen}, the source's tag, is among them however it is written. */
    static SourceLanguages in(Locale page, String chosen) {
        ULocale names = ULocale.forLocale(page);
        List<Option> common = new ArrayList<>(COMMON.stream().map(tag -> new Option(tag, name(tag, names))).toList());
        List<Option> others = OTHERS.computeIfAbsent(page.toLanguageTag(), key -> {
            Collator order = Collator.getInstance(names);
            return Arrays.stream(ULocale.getISOLanguages()).filter(tag -> !COMMON.contains(tag))
                    .map(tag -> new Option(tag, name(tag, names))).filter(option -> !option.name().equals(option.tag()))
                    .sorted(Comparator.comparing(Option::name, order)).toList();
        });
        if (chosen != null && !chosen.isBlank() && common.stream().noneMatch(o -> o.tag().equals(chosen))
                && others.stream().noneMatch(o -> o.tag().equals(chosen))) {
            common.add(0, new Option(chosen, name(chosen, names)));
        }
        return new SourceLanguages(common, others);
    }

    private static String name(String tag, ULocale in) {
        return ULocale.getDisplayName(tag, in);
    }
}
