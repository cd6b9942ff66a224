package org.hasila.web;

import java.util.Locale;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/** The labels in the language of the current request, for texts made in Java (flash messages, form errors). */
@RequestScoped
public class Texts {

    @Inject
    HttpHeaders headers;

    /** The first language the reader accepts that Hasila speaks, as the templates choose it. */
    public Msg msg() {
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("ar".equals(locale.getLanguage())) {
                return MessageBundles.get(Msg.class, Localized.Literal.of("ar"));
            }
            if ("en".equals(locale.getLanguage())) {
                break;
            }
        }
        return MessageBundles.get(Msg.class);
    }
}
