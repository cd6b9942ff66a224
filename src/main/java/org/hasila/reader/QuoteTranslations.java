package org.hasila.reader;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import org.hasila.register.source.ClaimSource;
import org.hasila.web.Languages;
import org.hasila.web.Msg;

/**
 * The translation a reader sees under a quote (docs/languages.md): into the page's language, else the English one,
 * none when the quote is in the page's language; with its own language and direction, and the name of that
 * language in the page's words.
 */
public final class QuoteTranslations {

    /** A translation as a page shows it. */
    public record Shown(String language, String dir, String languageName, String words) {
    }

    private QuoteTranslations() {
    }

    @TemplateExtension
    static Shown translationShown(ClaimSource link, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale page = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        ClaimSource.Translation translation = link.translationFor(page.getLanguage());
        if (translation == null) {
            return null;
        }
        return new Shown(translation.language(), Languages.forTemplate(Msg.class, translation.language()).dir(),
                Locale.forLanguageTag(translation.language()).getDisplayLanguage(page), translation.words());
    }
}
