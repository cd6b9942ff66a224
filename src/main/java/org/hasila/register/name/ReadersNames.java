package org.hasila.register.name;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hasila.register.claim.Claim;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.register.source.Source;

/**
 * Names in the language of the page being rendered, read once a request: {@code {claim.conflict.shown.html}} in a
 * sentence or a heading, {@code {conflict.shown}} in a title or an attribute, {@code {row.claimant.named('claimant')}}
 * for a name a summary holds as text.
 */
@RequestScoped
@Unremovable
public class ReadersNames {

    @Inject
    Translations translations;

    private final Map<String, Translations.InLanguage> byLanguage = new HashMap<>();

    public Translations.InLanguage in(String language) {
        return byLanguage.computeIfAbsent(language, translations::in);
    }

    /** Never null: no name is an empty one, which {@code {#if}} reads as false. */
    private static ShownName shown(NameKind kind, String name, Object locale) {
        String language = (locale instanceof Locale l ? l : Locale.forLanguageTag(String.valueOf(locale)))
                .getLanguage();
        if (name == null) {
            return new ShownName("", language, false);
        }
        ArcContainer container = Arc.container();
        // A page rendered off its request's thread (a kept timeline's) reads the names itself
        Translations.InLanguage names = container.requestContext().isActive()
                ? container.instance(ReadersNames.class).get().in(language)
                : container.instance(Translations.class).get().in(language);
        return names.shown(kind, name);
    }

    @TemplateExtension
    static ShownName shown(Conflict conflict, @TemplateAttribute("locale") Object locale) {
        return shown(NameKind.CONFLICT, conflict.name, locale);
    }

    @TemplateExtension
    static ShownName shown(Party party, @TemplateAttribute("locale") Object locale) {
        return shown(NameKind.PARTY, party.name, locale);
    }

    @TemplateExtension
    static ShownName shown(Claimant claimant, @TemplateAttribute("locale") Object locale) {
        return shown(NameKind.CLAIMANT, claimant.name, locale);
    }

    @TemplateExtension
    static ShownName outletShown(Source source, @TemplateAttribute("locale") Object locale) {
        return shown(NameKind.OUTLET, source.outlet, locale);
    }

    @TemplateExtension
    static ShownName itemShown(Claim claim, @TemplateAttribute("locale") Object locale) {
        return shown(NameKind.ITEM, claim.item, locale);
    }

    /** A name held as text: {@code kind} is "conflict", "party", "claimant", "outlet" or "item". */
    @TemplateExtension
    static ShownName named(String name, String kind, @TemplateAttribute("locale") Object locale) {
        return shown(org.hasila.kernel.Slugged.fromSlug(NameKind.class, kind), name, locale);
    }
}
