package org.hasila.desk;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hasila.interchange.Catalog;
import org.hasila.kernel.Problem;
import org.hasila.register.category.Category;
import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimRules;
import org.hasila.register.source.CheckedSource;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;
import org.hasila.review.ChangeReason;
import org.hasila.review.EditRights;
import org.hasila.web.DeskMessages;
import org.hasila.web.FormErrors;
import org.hasila.web.Language;
import org.hasila.web.ProblemWords;

/**
 * Saves what journalists and editors type: sources, and claims read in them. The claim rules the importer uses
 * check every field; nothing is stored when anything is wrong, and the form comes back with the problems, worded in
 * the reader's language with the form's own labels.
 */
@ApplicationScoped
public class DeskService {

    @Inject
    EntityManager em;

    @Inject
    ChangeReason changeReason;

    @Inject
    Language language;

    @Inject
    ProblemWords problemWords;

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
    public Outcome createSource(SourceForm form) {
        FormErrors errors = FormErrors.none();
        CheckedSource checked = rules().source(form.typed(), into(errors));
        if (checked == null) {
            return new Outcome(null, errors, null);
        }
        Source existing = Source.findByMatchKey(checked.matchKey()).orElse(null);
        if (existing != null) {
            // The same article entered twice: go on with the one already there.
            return Outcome.saved(existing.id);
        }
        Source source = Source.of(checked);
        source.persist();
        return Outcome.saved(source.id);
    }

    /**
     * Saves an edited source. Readers see a source a published claim cites: its change needs a reason, and each of
     * those claims changes with it (their history shows the change, and readers' kept pages are computed again).
     */
    @Transactional
    public Outcome updateSource(Source source, SourceForm form) {
        FormErrors errors = FormErrors.none();
        CheckedSource checked = rules().source(form.typed(), into(errors));
        boolean readersSee = EditRights.readersSee(source);
        if (readersSee && (form.reason() == null || form.reason().isBlank())) {
            errors.add("reason", texts().source_reason_needed());
        }
        if (checked == null || !errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        if (Source.count("matchKey = ?1 and id <> ?2", checked.matchKey(), source.id) > 0) {
            return new Outcome(null, errors.add("source_outlet", texts().source_exists()), null);
        }
        changeReason.set(form.reason());
        source.fill(checked);
        if (readersSee) {
            Instant now = Instant.now();
            Claim.<Claim> list("select cs.claim from ClaimSource cs where cs.source = ?1 and cs.claim.published = true",
                    source).forEach(claim -> claim.updatedAt = now);
        }
        return Outcome.saved(source.id);
    }

    /** A new draft claim read in the source, with its quote and translation there. */
    @Transactional
    public Outcome addClaim(Source source, ClaimForm form, String journalist) {
        Outcome outcome = add(source, form, journalist, new Catalog(em));
        if (!outcome.ok()) {
            QuarkusTransaction.setRollbackOnly();
        }
        return outcome;
    }

    /**
     * New draft claims read in the source, the claims a journalist confirmed among those suggested from its text:
     * all of them, or none when any has a problem (each outcome says which).
     */
    @Transactional
    public List<Outcome> addClaims(Source source, List<ClaimForm> forms, String journalist) {
        // One catalog for all: a name the first claim creates is the one the next claims find
        Catalog catalog = new Catalog(em);
        List<Outcome> outcomes = forms.stream().map(form -> add(source, form, journalist, catalog)).toList();
        if (!outcomes.stream().allMatch(Outcome::ok)) {
            QuarkusTransaction.setRollbackOnly();
        }
        return outcomes;
    }

    private Outcome add(Source source, ClaimForm form, String journalist, Catalog catalog) {
        FormErrors errors = FormErrors.none();
        Checked checked = check(form, errors, catalog);
        if (checked == null) {
            return new Outcome(null, errors, null);
        }
        Long duplicate = Claim.duplicateOf(checked.names().fingerprint(), null);
        if (duplicate != null && !form.confirmDuplicate()) {
            return new Outcome(null, errors.add("confirm_duplicate", texts().duplicate()), duplicate);
        }
        Claim claim = checked.catalog().create(checked.claim(), checked.names(), journalist, false);
        ClaimSource.of(claim, source, checked.claim().quote(), checked.claim().translation()).persist();
        return Outcome.saved(claim.id);
    }

    /**
     * Saves an edited claim, unless someone else saved it since the form was opened (its version changed): then
     * nothing is overwritten and the form comes back with the editor's input and a message.
     */
    @Transactional
    public Outcome updateClaim(Claim claim, ClaimForm form) {
        FormErrors errors = FormErrors.none();
        if (!String.valueOf(claim.version).equals(form.version())) {
            return rolledBack(errors.add("version", texts().edited_meanwhile()), null);
        }
        Checked checked = check(form, errors, new Catalog(em));
        if (checked == null) {
            return rolledBack(errors, null);
        }
        if (claim.published && (form.reason() == null || form.reason().isBlank())) {
            return rolledBack(errors.add("reason", texts().reason_needed()), null);
        }
        Long duplicate = Claim.duplicateOf(checked.names().fingerprint(), claim.id);
        if (duplicate != null && !form.confirmDuplicate()) {
            return rolledBack(errors.add("confirm_duplicate", texts().duplicate()), duplicate);
        }
        changeReason.set(form.reason());
        checked.catalog().fill(claim, checked.claim(), checked.names());
        List<ClaimSource> links = claim.sources;
        if (!links.isEmpty()) {
            links.get(0).quote = checked.claim().quote();
            links.get(0).translation = checked.claim().translation();
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            return rolledBack(FormErrors.none().add("version", texts().edited_meanwhile()), null);
        }
        return Outcome.saved(claim.id);
    }

    private record Checked(CheckedClaim claim, Catalog catalog, Catalog.Resolved names) {
    }

    private Checked check(ClaimForm form, FormErrors errors, Catalog catalog) {
        CheckedClaim claim = rules().claim(form.typed(), into(errors));
        if (claim == null) {
            return null;
        }
        Catalog.Resolved names = catalog.resolve(claim, form.confirmNewNames(), into(errors).andThen(problem -> {
            if (problem.code() == Problem.Code.LOOKS_LIKE_ANOTHER_NAME) {
                errors.offer(problem.field(), problem.value(1));
            }
            if (problem.code() == Problem.Code.LOOKS_LIKE_ANOTHER_NAME || problem.code() == Problem.Code.MIXED_SCRIPTS) {
                errors.add("confirm_new_names", texts().new_names_look_alike());
            }
        }));
        return names == null ? null : new Checked(claim, catalog, names);
    }

    /** Nothing half-way: names created while checking are not kept either. */
    private static Outcome rolledBack(FormErrors errors, Long duplicate) {
        QuarkusTransaction.setRollbackOnly();
        return new Outcome(null, errors, duplicate);
    }

    private static ClaimRules rules() {
        return new ClaimRules(Category.slugs());
    }

    /** The desk's own texts, in the reader's language. */
    private DeskMessages texts() {
        return language.bundle(DeskMessages.class);
    }

    /** Each problem next to its field, in the reader's words. */
    private Consumer<Problem> into(FormErrors errors) {
        return problem -> errors.add(problem.field(), problemWords.of(problem));
    }
}
