package org.hasila.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Dates as readers write them: "16 October 2020", "16 أكتوبر 2020"; never an ISO date reordered right to left. */
@TemplateExtension
public final class Dates {

    private Dates() {
    }

    /** {@code {date.readable}} in templates, in the template's language. */
    static String readable(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        return readable(date, language);
    }

    public static String readable(LocalDate date, Locale locale) {
        return FORMATS.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("d MMMM yyyy", l)).format(date);
    }

    /**
     * {@code {moment.when}} in templates: the day of an {@code at=} date, or the day and time (UTC) of an instant;
     * digits stay Latin, as in every date Hasila writes.
     */
    static String when(Moment moment, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale language = locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale));
        String day = readable(moment.day(), language);
        return moment.wholeDay() ? day
                : day + " " + moment.instant().atOffset(java.time.ZoneOffset.UTC).toLocalTime().withNano(0) + " UTC";
    }

    /** One formatter a language: a list page writes a hundred dates. */
    private static final java.util.Map<Locale, DateTimeFormatter> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
}
