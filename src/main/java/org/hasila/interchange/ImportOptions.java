package org.hasila.interchange;

/**
 * How to run an import: for real or as a dry run, publishing what it stores or leaving drafts, by whom, and from
 * which file (null: a file without a name), which the import's revision names.
 */
public record ImportOptions(boolean dryRun, boolean publish, String importedBy, String fileName) {

    public ImportOptions(boolean dryRun, boolean publish, String importedBy) {
        this(dryRun, publish, importedBy, null);
    }
}
