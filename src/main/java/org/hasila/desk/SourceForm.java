package org.hasila.desk;

import static org.hasila.register.claim.ClaimFields.*;

import org.hasila.register.source.Source;
import org.hasila.register.source.TypedSource;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What the source form sends, one field per input and nothing else (no mass assignment), each as typed so the form
 * can come back filled in. The field names are the source columns of claims CSV.
 *
 * @param reason why an edited source changed, for its history
 * @param replaceEvidence ticked, entering a source already stored, to replace its evidence with the one typed
 */
public record SourceForm(
        @RestForm(SOURCE_OUTLET) String outlet,
        @RestForm(SOURCE_TITLE) String title,
        @RestForm(SOURCE_URL) String url,
        @RestForm(SOURCE_PUBLISHED_ON) String publishedOn,
        @RestForm(SOURCE_LANGUAGE) String language,
        @RestForm(SOURCE_ARCHIVE_URL) String archiveUrl,
        @RestForm(SOURCE_CAPTURED_TEXT) String capturedText,
        @RestForm("reason") String reason,
        @RestForm(SourceForm.REPLACE_EVIDENCE) boolean replaceEvidence) {

    static final String REPLACE_EVIDENCE = "replace_evidence";

    static SourceForm blank() {
        return new SourceForm(null, null, null, null, null, null, null, null, false);
    }

    /** The form to edit a source. */
    static SourceForm editing(Source source) {
        return new SourceForm(source.outlet, source.title, source.url,
                source.publishedOn == null ? null : source.publishedOn.toString(), source.language, source.archiveUrl,
                source.capturedText, null, false);
    }

    TypedSource typed() {
        return new TypedSource(outlet, title, url, publishedOn, language, archiveUrl, capturedText);
    }
}
