package org.hasila.desk;

import org.jboss.resteasy.reactive.RestForm;

/**
 * What the "paste the article" form sends: the text, its language, and the conflict its claims belong to.
 */
public record ArticleForm(
        @RestForm("text") String text,
        @RestForm("language") String language,
        @RestForm("conflict") String conflict) {
}
