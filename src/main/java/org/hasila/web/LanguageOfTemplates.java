package org.hasila.web;

import io.quarkiverse.renarde.util.I18N;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every template rendered for a request speaks the request's {@link Language}: Renarde gives each template the
 * locale of its {@link I18N}, which is told the reader's choice before anything is rendered.
 */
public class LanguageOfTemplates {

    @Inject
    Language language;

    @Inject
    I18N i18n;

    /** For requests that match no page, whose "not found" page is rendered before any other filter runs. */
    @ServerRequestFilter(preMatching = true)
    public void chooseLanguageEarly() {
        i18n.setForCurrentRequest(language.getCode());
    }

    /** Again after Renarde's own filter, which reads its language from Accept-Language and its own cookie. */
    @ServerRequestFilter(priority = Integer.MAX_VALUE)
    public void chooseLanguage() {
        i18n.setForCurrentRequest(language.getCode());
    }
}
