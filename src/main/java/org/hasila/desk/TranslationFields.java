package org.hasila.desk;

import static org.hasila.register.claim.ClaimFields.translationInto;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.hasila.register.source.ClaimSource;
import org.hasila.web.DeskMessages;
import org.hasila.web.Languages;
import org.hasila.web.Msg;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The claim form's fields for the quote's translations: one for each language of the site other than the source's,
 * named as the columns of claims CSV ({@code translation} for English, {@code translation@ar}). The languages come
 * from the site's message bundles, so a language added to the site gets its field with no change here.
 */
final class TranslationFields {

    /** One translation field: its name, the language it holds and that language's direction, label and value. */
    record Field(String name, String language, String dir, String label, String value) {
    }

    private TranslationFields() {
    }

    /** The languages the form offers a translation into: the site's, but the source's own. */
    static List<Msg> offered(String sourceLanguage) {
        String own = sourceLanguage == null ? null : Locale.forLanguageTag(sourceLanguage).getLanguage();
        return Arc.container().instance(Languages.class).get().all().stream()
                .filter(language -> !language.lang().equals(own)).toList();
    }

    static boolean offersEnglish(String sourceLanguage) {
        return offered(sourceLanguage).stream().anyMatch(language -> language.lang().equals(ClaimSource.ENGLISH));
    }

    /**
     * The translations into languages other than English as the posted form holds them, one for each field the form
     * offers (English's is the form's {@code translation}). Their names are known only once the source is, so they
     * are read from the form rather than bound.
     */
    static Map<String, String> posted(String sourceLanguage) {
        var form = CurrentRequestManager.get().getFormData();
        Map<String, String> typed = new TreeMap<>();
        offered(sourceLanguage).stream().map(Msg::lang).filter(language -> !language.equals(ClaimSource.ENGLISH))
                .forEach(language -> {
                    FormValue value = form == null ? null : form.getFirst(translationInto(language));
                    typed.put(language, value == null ? null : value.getValue());
                });
        return typed;
    }

    /** The fields to show, labelled in the page's language, each with what the form holds. */
    @TemplateExtension
    static List<Field> translationFields(ClaimForm form, Map<String, String> translations, String sourceLanguage,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale page = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        DeskMessages desk = Languages.forTemplate(DeskMessages.class, page);
        return offered(sourceLanguage).stream().map(language -> new Field(translationInto(language.lang()),
                language.lang(), language.dir(),
                desk.field_translation(Locale.forLanguageTag(language.lang()).getDisplayLanguage(page)),
                language.lang().equals(ClaimSource.ENGLISH) ? form.translation()
                        : translations.get(language.lang())))
                .toList();
    }
}
