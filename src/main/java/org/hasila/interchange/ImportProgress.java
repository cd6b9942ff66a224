package org.hasila.interchange;

/** What an import has done so far, told as it goes, so that a job can show its progress. */
public interface ImportProgress {

    /** Nothing to tell. */
    ImportProgress NONE = new ImportProgress() {
    };

    /** {@code rows} rows of the file have been read and checked. */
    default void checked(long rows) {
    }

    /** {@code rows} claims of the file have been stored (within the import's transaction, not yet committed). */
    default void stored(long rows) {
    }
}
