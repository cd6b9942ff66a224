package org.hasila.register.claim;

import io.quarkus.qute.TemplateExtension;
import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/** Whether a figure is a running total for the whole period or new losses within the period only. */
public enum Counting implements Slugged {
    CUMULATIVE,
    INCREMENTAL;

    /** {@code {counting.label}} in templates; a new counting does not compile until it has its label. */
    @TemplateExtension
    static String label(Counting counting, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ClaimMessages words = Languages.forTemplate(ClaimMessages.class, locale);
        return switch (counting) {
            case CUMULATIVE -> words.counting_cumulative();
            case INCREMENTAL -> words.counting_incremental();
        };
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<Counting> {
        public DatabaseConverter() {
            super(Counting.class);
        }
    }
}
