package org.hasila.interchange;

/** How to run an import: for real or as a dry run, publishing what it stores or leaving drafts, and by whom. */
public record ImportOptions(boolean dryRun, boolean publish, String importedBy) {
}
