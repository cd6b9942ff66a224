package org.hasila.register.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hasila.kernel.Names;
import org.hasila.register.category.Category;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;
import org.hasila.register.source.ClaimSource;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One figure stated by one claimant about the losses of one party, in one category, over one period,
 * read in one or more sources. A draft until an editor publishes it.
 */
@Entity
@Audited
public class Claim extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Conflict conflict;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Claimant claimant;

    /** The party whose losses are counted. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Party subjectParty;

    /** The party the claimant blames, when it names one. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Party causedByParty;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Category category;

    /** What exactly inside the category ("tank T-72"); null means the whole category. */
    public String item;

    public Qualifier qualifier;
    public Long valueExact;
    public Long valueMin;
    public Long valueMax;
    public Counting counting;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public AsOfPrecision asOfPrecision;
    public LocalDate statedOn;
    public String notes;

    public Status status = Status.REPORTED;
    public String statusReason;
    public boolean published;
    public Instant publishedAt;

    public String fingerprint;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    @NotAudited
    public int version;

    @NotAudited
    @OneToMany(mappedBy = "claim")
    @OrderBy("id")
    public List<ClaimSource> sources = new ArrayList<>();

    public void publish() {
        published = true;
        publishedAt = Instant.now();
    }

    /**
     * The id of the first stored claim with any of these fingerprints (those of {@link #sameClaims}), other than
     * {@code except} (null: none excepted), or null: the claim a new or edited one would repeat. Flushes nothing, so
     * an import does not flush every row.
     */
    public static Long duplicateOf(Collection<String> fingerprints, Long except) {
        return getEntityManager()
                .createQuery("select id from Claim where fingerprint in ?1 and id <> ?2 order by id", Long.class)
                .setParameter(1, fingerprints).setParameter(2, except == null ? -1L : except)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * The fingerprints under which the same claim may be stored: its own, and, since an empty "From" means from the
     * conflict's start ({@link #conflictStart}, null when none is known), the one saying so the other way.
     */
    public static List<String> sameClaims(LocalDate conflictStart, Long conflictId, Long claimantId,
            Long subjectPartyId, String categorySlug, String item, Counting counting, LocalDate periodStart,
            LocalDate periodEnd, Qualifier qualifier, Long value, Long valueMin, Long valueMax) {
        String own = fingerprint(conflictId, claimantId, subjectPartyId, categorySlug, item, counting, periodStart,
                periodEnd, qualifier, value, valueMin, valueMax);
        if (conflictStart == null || conflictStart.isAfter(periodEnd)
                || periodStart != null && !periodStart.equals(conflictStart)) {
            return List.of(own);
        }
        return List.of(own, fingerprint(conflictId, claimantId, subjectPartyId, categorySlug, item, counting,
                periodStart == null ? conflictStart : null, periodEnd, qualifier, value, valueMin, valueMax));
    }

    /** A conflict's start as the register knows it: the earliest "From" of its stored claims (a conflict has no date). */
    public static LocalDate conflictStart(long conflictId) {
        // The first entry of claim_conflict_start_idx (V21), read in order: H2 reads min() from every entry
        return getEntityManager().createQuery("""
                select c.periodStart from Claim c where c.conflict.id = ?1 and c.periodStart is not null
                order by c.conflict.id, c.periodStart nulls last""", LocalDate.class)
                .setParameter(1, conflictId).setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
    }

    /** Recomputes what makes this claim the same as another; call after changing any of its parts. */
    public void updateFingerprint() {
        fingerprint = fingerprint(conflict.id, claimant.id, subjectParty.id, category.slug, item, counting, periodStart,
                periodEnd, qualifier, valueExact, valueMin, valueMax);
    }

    /**
     * Two claims are the same claim when conflict, claimant, subject side, category, item, counting, period
     * and figure agree (claims-csv.md); the item is compared ignoring case.
     */
    public static String fingerprint(Long conflictId, Long claimantId, Long subjectPartyId, String categorySlug,
            String item, Counting counting, LocalDate periodStart, LocalDate periodEnd, Qualifier qualifier,
            Long value, Long valueMin, Long valueMax) {
        String parts = String.join("|", String.valueOf(conflictId), String.valueOf(claimantId),
                String.valueOf(subjectPartyId), categorySlug, item == null ? "" : Names.key(item), counting.slug(),
                Objects.toString(periodStart, ""), periodEnd.toString(), qualifier.slug(), Objects.toString(value, ""),
                Objects.toString(valueMin, ""), Objects.toString(valueMax, ""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(parts.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
