package org.hasila.desk;

import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hasila.category.Category;
import org.hasila.claim.Claim;
import org.hasila.interchange.Catalog;
import org.hasila.interchange.ClaimRow;
import org.hasila.interchange.RowReader;
import org.hasila.review.ChangeReason;
import org.hasila.source.ClaimSource;
import org.hasila.source.Source;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.RowMessages;

/**
 * Saves what journalists and editors type: sources, and claims read in them. The importer's rules check every
 * field; nothing is stored when anything is wrong, and the form comes back with the problems.
 */
@ApplicationScoped
public class DeskService {

    @Inject
    EntityManager em;

    @Inject
    ChangeReason changeReason;

    /** The id saved, or the problems; {@code duplicateOf} names a claim this one would repeat. */
    public record Outcome(Long id, FormErrors errors, Long duplicateOf) {

        static Outcome saved(long id) {
            return new Outcome(id, FormErrors.none(), null);
        }

        public boolean ok() {
            return id != null;
        }
    }

    @Transactional
    public Outcome createSource(DeskForm form, Language language) {
        FormErrors errors = FormErrors.none();
        RowReader.SourceRow row = reader(errors, language).readSource(form);
        if (row == null) {
            return new Outcome(null, errors, null);
        }
        String key = Source.matchKey(row.outlet(), row.title(), row.url(), row.publishedOn());
        Source existing = Source.<Source>find("matchKey", key).firstResult();
        if (existing != null) {
            // The same article entered twice: go on with the one already there.
            return Outcome.saved(existing.id);
        }
        Source source = Source.of(row.outlet(), row.title(), row.url(), row.publishedOn(), row.language());
        source.persist();
        return Outcome.saved(source.id);
    }

    @Transactional
    public Outcome updateSource(Source source, DeskForm form, Language language) {
        DeskMessages msg = language.bundle(DeskMessages.class);
        FormErrors errors = FormErrors.none();
        RowReader.SourceRow row = reader(errors, language).readSource(form);
        if (row == null) {
            return new Outcome(null, errors, null);
        }
        String key = Source.matchKey(row.outlet(), row.title(), row.url(), row.publishedOn());
        if (Source.count("matchKey = ?1 and id <> ?2", key, source.id) > 0) {
            return new Outcome(null, errors.add("source_outlet", msg.source_exists()), null);
        }
        changeReason.set(form.get("reason"));
        source.outlet = row.outlet();
        source.title = row.title();
        source.url = row.url();
        source.publishedOn = row.publishedOn();
        source.language = row.language();
        source.matchKey = key;
        return Outcome.saved(source.id);
    }

    /** A new draft claim read in the source, with its quote and translation there. */
    @Transactional
    public Outcome addClaim(Source source, DeskForm form, String journalist, Language language) {
        DeskMessages msg = language.bundle(DeskMessages.class);
        FormErrors errors = FormErrors.none();
        Checked checked = check(form, errors, language, null);
        if (checked == null) {
            return rolledBack(errors, null);
        }
        Long duplicate = duplicateOf(checked.names().fingerprint(), null);
        if (duplicate != null && !form.checked("confirm_duplicate")) {
            return rolledBack(errors.add("confirm_duplicate", msg.duplicate()), duplicate);
        }
        Claim claim = checked.catalog().create(checked.row(), checked.names(), journalist, false);
        ClaimSource.of(claim, source, checked.row().quote(), checked.row().translation()).persist();
        return Outcome.saved(claim.id);
    }

    /**
     * Saves an edited claim, unless someone else saved it since the form was opened (its version changed): then
     * nothing is overwritten and the form comes back with the editor's input and a message.
     */
    @Transactional
    public Outcome updateClaim(Claim claim, DeskForm form, Language language) {
        DeskMessages msg = language.bundle(DeskMessages.class);
        FormErrors errors = FormErrors.none();
        if (!String.valueOf(claim.version).equals(form.get("version"))) {
            return rolledBack(errors.add("version", msg.edited_meanwhile()), null);
        }
        Checked checked = check(form, errors, language, claim);
        if (checked == null) {
            return rolledBack(errors, null);
        }
        if (claim.published && form.get("reason") == null) {
            return rolledBack(errors.add("reason", msg.reason_needed()), null);
        }
        Long duplicate = duplicateOf(checked.names().fingerprint(), claim.id);
        if (duplicate != null && !form.checked("confirm_duplicate")) {
            return rolledBack(errors.add("confirm_duplicate", msg.duplicate()), duplicate);
        }
        changeReason.set(form.get("reason"));
        checked.catalog().fill(claim, checked.row(), checked.names());
        List<ClaimSource> links = claim.sources;
        if (!links.isEmpty()) {
            links.get(0).quote = checked.row().quote();
            links.get(0).translation = checked.row().translation();
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            return rolledBack(FormErrors.none().add("version", msg.edited_meanwhile()), null);
        }
        return Outcome.saved(claim.id);
    }

    private record Checked(ClaimRow row, Catalog catalog, Catalog.Resolved names) {
    }

    private Checked check(DeskForm form, FormErrors errors, Language language, Claim editing) {
        DeskMessages msg = language.bundle(DeskMessages.class);
        ClaimRow row = reader(errors, language).readClaim(form.figureForQualifier());
        if (row == null) {
            return null;
        }
        Catalog catalog = new Catalog(em);
        Catalog.Resolved names = catalog.resolve(row);
        if (!Catalog.speaksFor(names.claimant(), row.claimantSide())) {
            String side = names.claimant().partyName();
            errors.add("claimant_side", side == null ? msg.claimant_independent(row.claimant())
                    : msg.claimant_speaks_for(row.claimant(), side));
            return null;
        }
        return new Checked(row, catalog, names);
    }

    private Long duplicateOf(String fingerprint, Long except) {
        return em.createQuery("select id from Claim where fingerprint = ?1 and id <> ?2 order by id", Long.class)
                .setParameter(1, fingerprint).setParameter(2, except == null ? -1L : except)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Nothing half-way: names created while checking are not kept either. */
    private static Outcome rolledBack(FormErrors errors, Long duplicate) {
        QuarkusTransaction.setRollbackOnly();
        return new Outcome(null, errors, duplicate);
    }

    private static RowReader reader(FormErrors errors, Language language) {
        return new RowReader(Category.slugs(), problem -> errors.add(problem.column(), problem.reason()),
                language.bundle(RowMessages.class));
    }

    /** Publishes, unpublishes or sets the status of a claim, as an editor decides. */
    @Transactional
    public void review(Claim claim, Boolean publish, org.hasila.claim.Status status, String reason) {
        changeReason.set(reason);
        if (publish != null) {
            if (publish) {
                claim.publish();
            } else {
                claim.published = false;
                claim.publishedAt = null;
            }
        }
        if (status != null) {
            claim.status = status;
            claim.statusReason = status == org.hasila.claim.Status.REPORTED ? null : reason;
        }
        claim.updatedAt = Instant.now();
    }
}
