package org.hasila.register.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hasila.register.claim.Claim;
import org.hibernate.envers.Audited;

/**
 * That a claim was read in a source, with the claim's words there and the newsroom's translations of them: English
 * in {@link #translation}, the site's other languages in {@link #translations}, one row each.
 */
@Entity
@Audited
public class ClaimSource extends PanacheEntity {

    /** The language of {@link #translation}. */
    public static final String ENGLISH = "en";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Source source;

    /** The claim's words in the source's own language. */
    public String quote;
    /** The quote in English. */
    public String translation;

    /** The quote in the site's languages other than English. */
    @OneToMany(mappedBy = "claimSource", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("language")
    public List<QuoteTranslation> translations = new ArrayList<>();

    /** A translation a reader is shown: the language it is in, which need not be the reader's. */
    public record Translation(String language, String words) {
    }

    /** @param translations the quote in languages other than English, by language */
    public static ClaimSource of(Claim claim, Source source, String quote, String translation,
            Map<String, String> translations) {
        ClaimSource link = new ClaimSource();
        link.claim = claim;
        link.source = source;
        link.quote = quote;
        link.translation = translation;
        link.translate(translations);
        return link;
    }

    /** The newsroom's translation into a language, or null. */
    public String translationInto(String language) {
        if (ENGLISH.equals(language)) {
            return translation;
        }
        return translations.stream().filter(row -> row.language.equals(language)).map(row -> row.words).findFirst()
                .orElse(null);
    }

    /** Every translation of the quote, English included, by language. */
    public Map<String, String> translationsByLanguage() {
        Map<String, String> all = new TreeMap<>();
        if (translation != null) {
            all.put(ENGLISH, translation);
        }
        translations.forEach(row -> all.put(row.language, row.words));
        return all;
    }

    /**
     * Sets the translations into the languages given: a language given null loses its translation, a language not
     * given keeps its own. A row changes only when its words do, so its history shows real changes only.
     */
    public void translate(Map<String, String> byLanguage) {
        byLanguage.forEach((language, words) -> {
            if (ENGLISH.equals(language)) {
                translation = words;
                return;
            }
            QuoteTranslation row = translations.stream().filter(t -> t.language.equals(language)).findFirst()
                    .orElse(null);
            if (words == null) {
                if (row != null) {
                    translations.remove(row);
                }
            } else if (row == null) {
                row = new QuoteTranslation();
                row.claimSource = this;
                row.language = language;
                row.words = words;
                translations.add(row);
            } else if (!words.equals(row.words)) {
                row.words = words;
            }
        });
    }

    /**
     * What a reader of a language sees under the quote (docs/languages.md): nothing when the quote is in their
     * language, else the newsroom's translation into it, else the English one, else nothing.
     */
    public Translation translationFor(String readerLanguage) {
        String quoteLanguage = source.language == null ? null : Locale.forLanguageTag(source.language).getLanguage();
        if (readerLanguage.equals(quoteLanguage)) {
            return null;
        }
        String words = translationInto(readerLanguage);
        if (words != null) {
            return new Translation(readerLanguage, words);
        }
        return translation == null || ENGLISH.equals(quoteLanguage) ? null : new Translation(ENGLISH, translation);
    }
}
