package org.hasila.category;

import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** {@code {category.label}} in templates: the category's name in the template's language. */
@TemplateExtension
public final class CategoryLabels {

    private CategoryLabels() {
    }

    static String label(Category category, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return category.name(locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale)));
    }
}
