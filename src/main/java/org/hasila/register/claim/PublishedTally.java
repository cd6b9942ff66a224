package org.hasila.register.claim;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * How many claims readers see of one claimant in one conflict, about one subject side's losses of one category,
 * with one status, and the as-of dates they span: the rows readers' summaries add up. {@link PublishedSummaries}
 * writes them; readers' pages only read them.
 */
@Entity
@IdClass(PublishedTally.Key.class)
public class PublishedTally {

    @Id
    public long conflictId;
    @Id
    public long claimantId;
    @Id
    public String categorySlug;
    @Id
    public long subjectPartyId;
    /** The status' slug: a converter does not apply to a key. */
    @Id
    public String status;

    public long claims;
    public LocalDate firstAsOf;
    public LocalDate lastAsOf;
    public Instant lastChange;

    /** What one row counts. */
    public static class Key implements Serializable {
        public long conflictId;
        public long claimantId;
        public String categorySlug;
        public long subjectPartyId;
        public String status;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && conflictId == key.conflictId && claimantId == key.claimantId
                    && subjectPartyId == key.subjectPartyId && Objects.equals(categorySlug, key.categorySlug)
                    && Objects.equals(status, key.status);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conflictId, claimantId, categorySlug, subjectPartyId, status);
        }
    }
}
