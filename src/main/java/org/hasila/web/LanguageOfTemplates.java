package org.hasila.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every template rendered for a request speaks the request's {@link Language}: each new template instance gets its
 * locale, which message bundles and {@code {date.readable}} read. Renarde's own choice is not asked: it knows only the
 * languages listed in {@code quarkus.locales}, and Hasila's languages are its message files.
 */
@ApplicationScoped
public class LanguageOfTemplates {

    void speakTheReadersLanguage(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(template -> {
            ArcContainer container = Arc.container();
            // Messages are templates too, and are also written outside requests (the demo data's import at start)
            if (container.requestContext().isActive()
                    && container.instance(CurrentVertxRequest.class).get().getCurrent() != null) {
                template.setLocale(container.instance(Language.class).get().locale());
            }
        });
    }
}
