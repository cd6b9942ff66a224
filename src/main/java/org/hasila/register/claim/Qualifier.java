package org.hasila.register.claim;

import io.quarkus.qute.TemplateExtension;
import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/** How a figure is qualified: exactly N, at least N, up to N, about N, between min and max, or no figure. */
public enum Qualifier implements Slugged {
    EXACT,
    AT_LEAST,
    AT_MOST,
    ABOUT,
    RANGE,
    UNSPECIFIED;

    /** {@code {qualifier.label}} in templates, as forms offer it; a new qualifier does not compile without one. */
    @TemplateExtension
    static String label(Qualifier qualifier, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ClaimMessages words = Languages.forTemplate(ClaimMessages.class, locale);
        return switch (qualifier) {
            case EXACT -> words.qualifier_exact();
            case AT_LEAST -> words.qualifier_at_least();
            case AT_MOST -> words.qualifier_at_most();
            case ABOUT -> words.qualifier_about();
            case RANGE -> words.qualifier_range();
            case UNSPECIFIED -> words.qualifier_unspecified();
        };
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<Qualifier> {
        public DatabaseConverter() {
            super(Qualifier.class);
        }
    }
}
