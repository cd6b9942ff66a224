package org.hasila.register.claim;

import io.quarkus.qute.TemplateExtension;
import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/** How sure the as-of date is: exact, stated on or before that day, or approximate. */
public enum AsOfPrecision implements Slugged {
    EXACT,
    ON_OR_BEFORE,
    APPROXIMATE;

    /** {@code {precision.label}} in templates, as forms offer it; a new precision does not compile without one. */
    @TemplateExtension
    static String label(AsOfPrecision precision, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ClaimMessages words = Languages.forTemplate(ClaimMessages.class, locale);
        return switch (precision) {
            case EXACT -> words.precision_choice_exact();
            case ON_OR_BEFORE -> words.precision_choice_on_or_before();
            case APPROXIMATE -> words.precision_choice_approximate();
        };
    }

    /** {@code {precision.day(date.readable)}} in templates: "on or before 16 October 2020". */
    @TemplateExtension
    static String day(AsOfPrecision precision, String day,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ClaimMessages words = Languages.forTemplate(ClaimMessages.class, locale);
        return switch (precision) {
            case EXACT -> words.as_of_exact(day);
            case ON_OR_BEFORE -> words.as_of_on_or_before(day);
            case APPROXIMATE -> words.as_of_approximate(day);
        };
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<AsOfPrecision> {
        public DatabaseConverter() {
            super(AsOfPrecision.class);
        }
    }
}
