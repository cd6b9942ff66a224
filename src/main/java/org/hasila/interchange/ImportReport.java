package org.hasila.interchange;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.qute.TemplateExtension;
import org.hasila.web.ImportMessages;
import org.hasila.web.Languages;

/**
 * What an import did, or would do on a dry run: how many rows it read, what it stored, which rows were
 * duplicates and every problem. Nothing is stored when {@code problems} is not empty.
 */
public record ImportReport(
        @JsonProperty("rows") long rows,
        @JsonProperty("claims_created") long claimsCreated,
        @JsonProperty("sources_linked") long sourcesLinked,
        @JsonProperty("duplicates") List<Duplicate> duplicates,
        @JsonProperty("problem_count") long problemCount,
        @JsonProperty("problems") List<ImportProblem> problems,
        @JsonProperty("dry_run") boolean dryRun,
        @JsonProperty("published") boolean published,
        @JsonProperty("stored") boolean stored,
        @JsonIgnore List<PreviewRow> preview,
        @JsonIgnore long previewLeftOut) {

    /**
     * A row that repeats a claim already stored, or already in the file, with the same source; a dry run names no
     * claim (null) when the file would create it.
     */
    public record Duplicate(long line, @JsonProperty("claim_id") Long claimId) {
    }

    /** What happens to one row, for the preview page. */
    public enum Outcome {
        NEW_CLAIM,
        EXTRA_SOURCE,
        DUPLICATE;

        /** {@code {outcome.label}} in templates; a new outcome does not compile until it has its label. */
        @TemplateExtension
        static String label(Outcome outcome, @TemplateExtension.TemplateAttribute("locale") Object locale) {
            ImportMessages words = Languages.forTemplate(ImportMessages.class, locale);
            return switch (outcome) {
                case NEW_CLAIM -> words.outcome_new_claim();
                case EXTRA_SOURCE -> words.outcome_extra_source();
                case DUPLICATE -> words.outcome_duplicate();
            };
        }
    }

    public record PreviewRow(long line, String conflict, String claimant, String subjectSide, String category,
            String item, String figure, String counting, String period, Outcome outcome) {
    }

    public boolean ok() {
        return problemCount == 0;
    }
}
