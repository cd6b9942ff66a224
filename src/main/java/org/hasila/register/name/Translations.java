package org.hasila.register.name;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hasila.kernel.Names;
import org.hasila.web.Languages;

/**
 * The names of conflicts, parties, claimants, outlets and items in the site's languages (docs/data-model.md): a
 * name is known by its kind and the key of its name as first written, which is the English one unless a
 * translation says the name as first written is in another language.
 */
@ApplicationScoped
public class Translations {

    @Inject
    EntityManager em;

    @Inject
    Languages languages;

    /**
     * The scripts each site language is written in, in the site's order: looked up once, since ICU reads them from its
     * locale data on every call.
     */
    private volatile Map<String, int[]> scripts;

    /** Every translation of one name, by language (in the order of their codes). */
    public Map<String, String> of(NameKind kind, String name) {
        Map<String, String> byLanguage = new TreeMap<>();
        em.createQuery("select t from NameTranslation t where t.kind = ?1 and t.nameKey = ?2", NameTranslation.class)
                .setParameter(1, kind).setParameter(2, Names.key(name)).setFlushMode(FlushModeType.COMMIT)
                .getResultList().forEach(t -> byLanguage.put(t.language, t.name));
        return byLanguage;
    }

    /**
     * Stores the name's form in a language, or changes it; an empty one removes it. Envers keeps every change,
     * with who made it and why.
     */
    public static void put(NameKind kind, String nameKey, String language, String translated) {
        Optional<NameTranslation> stored = NameTranslation
                .<NameTranslation> find("kind = ?1 and nameKey = ?2 and language = ?3",
                        kind, nameKey, language)
                .firstResultOptional();
        if (translated == null || translated.isBlank()) {
            stored.ifPresent(NameTranslation::delete);
        } else if (stored.isPresent()) {
            if (!stored.get().name.equals(Names.written(translated))) {
                stored.get().rename(translated);
            }
        } else {
            NameTranslation.of(kind, nameKey, language, translated).persist();
        }
    }

    /**
     * A renamed name, or one merged into another, keeps its forms in other languages: they follow it to its new key,
     * except in a language where the name it now is has a form of its own.
     */
    public static void follow(NameKind kind, String fromKey, String intoKey) {
        if (fromKey.equals(intoKey)) {
            return;
        }
        java.util.Set<String> own = NameTranslation.<NameTranslation> list("kind = ?1 and nameKey = ?2", kind, intoKey)
                .stream().map(form -> form.language).collect(java.util.stream.Collectors.toSet());
        for (NameTranslation form : NameTranslation.<NameTranslation> list("kind = ?1 and nameKey = ?2", kind,
                fromKey)) {
            if (own.contains(form.language)) {
                form.delete();
            } else {
                form.nameKey = intoKey;
                form.updatedAt = java.time.Instant.now();
            }
        }
    }

    /** The keys of the names whose form in some language is the typed one: "أذربيجان" finds "azerbaijan". */
    public static List<String> keysOfTranslated(EntityManager em, NameKind kind, String typed) {
        return em.createQuery("select distinct t.nameKey from NameTranslation t where t.kind = ?1 and t.translatedKey = ?2",
                String.class).setParameter(1, kind).setParameter(2, Names.key(typed))
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    /** The names in a reader's language, read once for a page. */
    public InLanguage in(String language) {
        return new InLanguage(language, scripts(), forms(em.createQuery("""
                select t.kind, t.nameKey, t.language, t.name from NameTranslation t
                where t.language in (?1, ?2) or t.translatedKey = t.nameKey""", Object[].class)
                .setParameter(1, language).setParameter(2, Languages.DEFAULT)));
    }

    private Map<String, int[]> scripts() {
        if (scripts == null) {
            Map<String, int[]> bySpoken = new java.util.LinkedHashMap<>();
            languages.all().stream().map(org.hasila.web.Msg::lang).forEach(code -> bySpoken.put(code,
                    com.ibm.icu.lang.UScript.getCode(new com.ibm.icu.util.ULocale(code))));
            scripts = java.util.Collections.unmodifiableMap(bySpoken);
        }
        return scripts;
    }

    /** Every form of every name: by kind, by the name's key, by language. */
    public Map<NameKind, Map<String, Map<String, String>>> all() {
        return forms(em.createQuery("select t.kind, t.nameKey, t.language, t.name from NameTranslation t",
                Object[].class));
    }

    private static Map<NameKind, Map<String, Map<String, String>>> forms(
            jakarta.persistence.TypedQuery<Object[]> query) {
        Map<NameKind, Map<String, Map<String, String>>> byKind = new EnumMap<>(NameKind.class);
        query.setFlushMode(FlushModeType.COMMIT).getResultStream()
                .forEach(row -> byKind.computeIfAbsent((NameKind) row[0], k -> new HashMap<>())
                        .computeIfAbsent((String) row[1], k -> new TreeMap<>()).put((String) row[2], (String) row[3]));
        return byKind;
    }

    /** Names as the readers of one language see them. */
    public static final class InLanguage {

        private final String language;
        /** The site's languages with the scripts they are written in. */
        private final Map<String, int[]> spoken;
        private final Map<NameKind, Map<String, Map<String, String>>> byKind;
        private final Map<NameKind, Map<String, ShownName>> shown = new EnumMap<>(NameKind.class);

        InLanguage(String language, Map<String, int[]> spoken, Map<NameKind, Map<String, Map<String, String>>> byKind) {
            this.language = language;
            this.spoken = spoken;
            this.byKind = byKind;
        }

        public String language() {
            return language;
        }

        /**
         * The name in this language; else its English form; else the name as first written. A form in another
         * language is foreign, so the page marks it with its language.
         */
        public ShownName shown(NameKind kind, String name) {
            if (name == null) {
                return null;
            }
            // A timeline names the same claimants and outlets thousands of times
            return shown.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(name, n -> find(kind, n));
        }

        private ShownName find(NameKind kind, String name) {
            String key = Names.key(name);
            Map<String, String> forms = byKind.getOrDefault(kind, Map.of()).getOrDefault(key, Map.of());
            String translated = forms.get(language);
            if (translated != null) {
                return new ShownName(translated, language, false);
            }
            String english = forms.get(Languages.DEFAULT);
            if (english != null) {
                return new ShownName(english, Languages.DEFAULT, true);
            }
            String firstWritten = forms.entrySet().stream().filter(form -> Names.key(form.getValue()).equals(key))
                    .map(Map.Entry::getKey).findFirst().orElseGet(() -> writtenIn(name));
            return new ShownName(name, firstWritten, !firstWritten.equals(language));
        }

        /**
         * The language a name without a form saying so is written in: the first site language written in the
         * script of its first letter ("أذربيجان" is Arabic), English when none is.
         */
        private String writtenIn(String name) {
            int letter = name.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            int script = com.ibm.icu.lang.UScript.getScript(letter);
            return spoken.entrySet().stream()
                    .filter(code -> java.util.Arrays.stream(code.getValue()).anyMatch(s -> s == script))
                    .map(Map.Entry::getKey).findFirst().orElse(Languages.DEFAULT);
        }

        /** The text of {@link #shown}, for titles, attributes and charts. */
        public String text(NameKind kind, String name) {
            return name == null ? null : shown(kind, name).text();
        }
    }
}
