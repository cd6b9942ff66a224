package org.hasila.register.category;

import java.util.Locale;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.hasila.web.Languages;

/** {@code {category.label}} in templates: the category's name in the template's language, from its bundle. */
@TemplateExtension
public final class CategoryLabels {

    private CategoryLabels() {
    }

    static String label(Category category, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        String language = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return Arc.container().instance(Languages.class).get().bundle(language).category(category.slug);
    }
}
