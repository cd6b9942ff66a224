package org.hasila.register.claim;

import io.quarkus.qute.TemplateExtension;
import jakarta.persistence.Converter;
import org.hasila.kernel.SlugConverter;
import org.hasila.kernel.Slugged;
import org.hasila.web.ClaimMessages;
import org.hasila.web.Languages;

/** An editor's judgement of a claim; anything but reported comes with a reason readers see. */
public enum Status implements Slugged {
    REPORTED,
    CORROBORATED,
    DISPUTED,
    RETRACTED;

    /** {@code {status.label}} in templates; a new status does not compile until it has its label. */
    @TemplateExtension
    static String label(Status status, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        ClaimMessages words = Languages.forTemplate(ClaimMessages.class, locale);
        return switch (status) {
            case REPORTED -> words.status_reported();
            case CORROBORATED -> words.status_corroborated();
            case DISPUTED -> words.status_disputed();
            case RETRACTED -> words.status_retracted();
        };
    }

    @Converter(autoApply = true)
    public static class DatabaseConverter extends SlugConverter<Status> {
        public DatabaseConverter() {
            super(Status.class);
        }
    }
}
