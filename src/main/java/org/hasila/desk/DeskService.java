package org.hasila.desk;

import static org.hasila.register.claim.ClaimFields.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.hasila.interchange.Catalog;
import org.hasila.kernel.Names;
import org.hasila.kernel.Problem;
import org.hasila.register.category.Category;
import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.ClaimRules;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.register.claimant.Claimant;
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

    @Inject
    EditRights rights;

    @Inject
    PublishedSummaries summaries;

    /**
     * The id saved, or the problems; {@code duplicateOf} names a claim this one would repeat, or the source stored
     * already that a source entered again is.
     */
    public record Outcome(Long id, FormErrors errors, Long duplicateOf) {

        static Outcome saved(long id) {
            return new Outcome(id, FormErrors.none(), null);
        }

        public boolean ok() {
            return id != null;
        }
    }

    /**
     * Saves a new source; the same article entered again is the source already stored ({@code duplicateOf} names
     * it), which gains the evidence typed that it lacks ({@link #enteredAgain}).
     */
    @Transactional
    public Outcome createSource(SourceForm form) {
        FormErrors errors = FormErrors.none();
        CheckedSource checked = rules().source(form.typed(), into(errors));
        if (checked == null) {
            return new Outcome(null, errors, null);
        }
        Source existing = Source.findByMatchKey(checked.matchKey()).orElse(null);
        if (existing != null) {
            return enteredAgain(existing, checked, form, errors);
        }
        Source source = Source.of(checked);
        source.persist();
        return Outcome.saved(source.id);
    }

    /**
     * The same article entered twice: go on with the one already there, without losing the evidence typed. What the
     * stored source lacks is added; evidence it has is kept, and other evidence typed is said next to its field,
     * unless who may edit the source ticked to replace it. What readers see changes only as an edit would change it:
     * by an editor, with a reason. Nothing is stored while anything is said.
     */
    private Outcome enteredAgain(Source stored, CheckedSource typed, SourceForm form, FormErrors errors) {
        boolean archiveNew = typed.archiveUrl() != null && !typed.archiveUrl().equals(stored.archiveUrl);
        boolean textNew = typed.capturedText() != null && !typed.capturedText().equals(stored.capturedText);
        if (!archiveNew && !textNew) {
            return new Outcome(stored.id, errors, stored.id);
        }
        DeskMessages texts = texts();
        if (archiveNew) {
            evidence(SOURCE_ARCHIVE_URL, stored.archiveUrl == null ? null : texts.source_other_archive(stored.archiveUrl),
                    stored, form, errors);
        }
        if (textNew) {
            evidence(SOURCE_CAPTURED_TEXT,
                    stored.capturedText == null ? null : texts.source_other_text(stored.capturedTextSha256()), stored,
                    form, errors);
        }
        boolean readersSee = EditRights.readersSee(stored);
        if (errors.isEmpty() && readersSee && (form.reason() == null || form.reason().isBlank())) {
            errors.add("reason", texts.reason(), texts.source_reason_needed());
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, stored.id);
        }
        changeReason.set(form.reason());
        if (archiveNew) {
            stored.archiveUrl = typed.archiveUrl();
        }
        if (textNew) {
            stored.capturedText = typed.capturedText();
        }
        if (readersSee) {
            readersSeeChanged(stored);
        }
        return new Outcome(stored.id, errors, stored.id);
    }

    /**
     * Whether typed evidence may go into the stored source, said next to its field when not: into a field it lacks,
     * by who may add evidence ({@link EditRights#mayAddEvidence}); over the stored one, worded {@code other}, only
     * when who may edit the source ticked to replace it.
     */
    private void evidence(String field, String other, Source stored, SourceForm form, FormErrors errors) {
        DeskMessages texts = texts();
        if (other == null) {
            if (!rights.mayAddEvidence(stored)) {
                errors.add(field, label(field), texts.source_evidence_editors_only());
            }
        } else if (!rights.mayEdit(stored)) {
            errors.add(field, label(field), other + " " + texts.source_evidence_ask_editor());
        } else if (!form.replaceEvidence()) {
            errors.add(field, label(field), other + " " + texts.source_evidence_kept());
            errors.add(SourceForm.REPLACE_EVIDENCE, texts.source_evidence_differs());
        }
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
            errors.add("reason", texts().reason(), texts().source_reason_needed());
        }
        if (checked == null || !errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        if (Source.count("matchKey = ?1 and id <> ?2", checked.matchKey(), source.id) > 0) {
            return new Outcome(null, errors.add(SOURCE_OUTLET, label(SOURCE_OUTLET), texts().source_exists()), null);
        }
        changeReason.set(form.reason());
        source.fill(checked);
        if (readersSee) {
            readersSeeChanged(source);
        }
        return Outcome.saved(source.id);
    }

    /**
     * Each published claim citing the changed source changes with it: its history, readers' kept pages, and the
     * tally's last change, which timelines take as their version.
     */
    private void readersSeeChanged(Source source) {
        Instant now = Instant.now();
        List<Claim> citing = Claim.list(
                "select cs.claim from ClaimSource cs where cs.source = ?1 and cs.claim.published = true", source);
        citing.forEach(claim -> claim.updatedAt = now);
        summaries.recount(citing);
    }

    /** A new draft claim read in the source, with its quote and translation there. */
    @Transactional
    public Outcome addClaim(Source source, ClaimForm form, Map<String, String> translations, String journalist) {
        Outcome outcome = add(source, form, translations, journalist, new Catalog(em));
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
        List<Outcome> outcomes = forms.stream().map(form -> add(source, form, Map.of(), journalist, catalog)).toList();
        if (!outcomes.stream().allMatch(Outcome::ok)) {
            QuarkusTransaction.setRollbackOnly();
        }
        return outcomes;
    }

    private Outcome add(Source source, ClaimForm form, Map<String, String> translations, String journalist,
            Catalog catalog) {
        FormErrors errors = FormErrors.none();
        Checked checked = check(form, translations, errors, catalog);
        if (checked == null) {
            return new Outcome(null, errors, null);
        }
        Long duplicate = Claim.duplicateOf(checked.names().sameClaims(), null);
        if (duplicate != null && !form.confirmDuplicate()) {
            return new Outcome(null, errors.add("confirm_duplicate", texts().duplicate()), duplicate);
        }
        Claim claim = checked.catalog().create(checked.claim(), checked.names(), journalist, false);
        ClaimSource.of(claim, source, checked.claim().quote(), checked.claim().translation(),
                checked.claim().translations()).persist();
        return Outcome.saved(claim.id);
    }

    /**
     * Saves an edited claim, unless someone else saved it since the form was opened (its version changed): then
     * nothing is overwritten and the form comes back with the editor's input and a message.
     */
    @Transactional
    public Outcome updateClaim(Claim claim, ClaimForm form, Map<String, String> translations) {
        FormErrors errors = FormErrors.none();
        if (!String.valueOf(claim.version).equals(form.version())) {
            return rolledBack(errors.add("version", texts().edited_meanwhile()), null);
        }
        Checked checked = check(form, translations, errors, new Catalog(em));
        if (checked == null) {
            return rolledBack(errors, null);
        }
        if (claim.published && (form.reason() == null || form.reason().isBlank())) {
            return rolledBack(errors.add("reason", texts().reason(), texts().reason_needed()), null);
        }
        Long duplicate = Claim.duplicateOf(checked.names().sameClaims(), claim.id);
        if (duplicate != null && !form.confirmDuplicate()) {
            return rolledBack(errors.add("confirm_duplicate", texts().duplicate()), duplicate);
        }
        changeReason.set(form.reason());
        PublishedSummaries.Pair before = PublishedSummaries.Pair.of(claim);
        checked.catalog().fill(claim, checked.claim(), checked.names());
        ClaimSource read = ClaimForm.readIn(claim, form.sourceId());
        if (read != null) {
            read.quote = checked.claim().quote();
            // The form offers no English field for an English source: a translation stored there stays.
            if (TranslationFields.offersEnglish(read.source.language)) {
                read.translation = checked.claim().translation();
            }
            read.translate(checked.claim().translations());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            return rolledBack(FormErrors.none().add("version", texts().edited_meanwhile()), null);
        }
        if (claim.published) {
            summaries.recountPairs(List.of(before, PublishedSummaries.Pair.of(claim)));
        }
        return Outcome.saved(claim.id);
    }

    /**
     * Whether the claim may gain the source: it is not read there yet, and who asks may add a source to it
     * ({@link EditRights#mayAddSource}).
     */
    @Transactional
    public boolean mayAttach(Source source, long claimId) {
        Claim claim = Claim.findById(claimId);
        return claim != null && rights.mayAddSource(claim)
                && ClaimSource.count("claim = ?1 and source = ?2", claim, source) == 0;
    }

    /**
     * Adds the source to a claim already recorded, with the claim's words there: the same claim read in another
     * article. Readers see a published claim's new source (only an editor adds one): the claim's change time moves.
     */
    @Transactional
    public Outcome attach(Source source, AttachForm form) {
        FormErrors errors = FormErrors.none();
        Long id = form.claimId();
        Claim claim = id == null ? null : Claim.findById(id);
        String label = texts().field_attach_claim();
        if (claim == null) {
            errors.add(AttachForm.CLAIM, label, texts().attach_not_a_claim());
        } else if (ClaimSource.count("claim = ?1 and source = ?2", claim, source) > 0) {
            errors.add(AttachForm.CLAIM, label, texts().attach_already(claim.id));
        } else if (!rights.mayAddSource(claim)) {
            errors.add(AttachForm.CLAIM, label, texts().attach_editors_only());
        }
        // The quote's problems go next to the quote of the form that sent it.
        Consumer<Problem> words = problem -> errors.add(AttachForm.QUOTE, texts().field_attach_quote(),
                problemWords.of(problem));
        ClaimRules rules = rules();
        String quote = rules.words(QUOTE, form.quote(), words);
        String translation = rules.words(TRANSLATION, form.translation(), words);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, null);
        }
        ClaimSource.of(claim, source, quote, translation, Map.of()).persist();
        if (claim.published) {
            claim.updatedAt = Instant.now();
            summaries.recount(List.of(claim));
        }
        return Outcome.saved(claim.id);
    }

    private record Checked(CheckedClaim claim, Catalog catalog, Catalog.Resolved names) {
    }

    private Checked check(ClaimForm form, Map<String, String> translations, FormErrors errors, Catalog catalog) {
        boolean claimantKnown = claimantKind(form, errors);
        CheckedClaim claim = rules().claim(form.typed(translations), into(errors));
        if (claim == null || !claimantKnown) {
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

    /**
     * Whether a new claimant was said to speak for a side (and which) or to be independent; a known claimant's
     * stored side decides ({@link Catalog#resolve} refuses another). False when the form does not say, reported.
     */
    private boolean claimantKind(ClaimForm form, FormErrors errors) {
        if (form.claimant() == null || form.claimant().isBlank()
                || Claimant.named(form.claimant()).isPresent()) {
            return true;
        }
        boolean sideTyped = form.claimantSide() != null && !form.claimantSide().isBlank();
        if (ClaimForm.SPEAKS_FOR_A_SIDE.equals(form.claimantKind()) && !sideTyped) {
            errors.add(CLAIMANT_SIDE, label(CLAIMANT_SIDE), texts().claimant_side_needed());
        } else if (ClaimForm.INDEPENDENT.equals(form.claimantKind()) && sideTyped) {
            errors.add(CLAIMANT_SIDE, label(CLAIMANT_SIDE), texts().claimant_side_independent());
        } else if (!ClaimForm.SPEAKS_FOR_A_SIDE.equals(form.claimantKind())
                && !ClaimForm.INDEPENDENT.equals(form.claimantKind())) {
            errors.add(ClaimForm.CLAIMANT_KIND, label(ClaimForm.CLAIMANT_KIND), texts().claimant_kind_needed());
        } else {
            return true;
        }
        return false;
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

    /** Each problem next to its field, in the reader's words, and in the summary with the field's label. */
    private Consumer<Problem> into(FormErrors errors) {
        return problem -> errors.add(problem.field(), label(problem.field()), problemWords.of(problem));
    }

    /** The label of a field of the desk's forms, as the summary of their problems names it. */
    private String label(String field) {
        DeskMessages texts = texts();
        return switch (field) {
            case CONFLICT -> texts.field_conflict();
            case CLAIMANT -> texts.field_claimant();
            case ClaimForm.CLAIMANT_KIND -> texts.field_claimant_kind();
            case CLAIMANT_SIDE -> texts.field_claimant_side();
            case SUBJECT_SIDE -> texts.field_subject_side();
            case CAUSED_BY -> texts.field_caused_by();
            case CATEGORY -> texts.field_category();
            case ITEM -> texts.field_item();
            case QUALIFIER -> texts.field_qualifier();
            case VALUE -> texts.field_value();
            case VALUE_MIN -> texts.field_value_min();
            case VALUE_MAX -> texts.field_value_max();
            case COUNTING -> texts.field_counting();
            case PERIOD_START -> texts.field_period_start();
            case PERIOD_END -> texts.field_period_end();
            case AS_OF_PRECISION -> texts.field_as_of_precision();
            case STATED_ON -> texts.field_stated_on();
            case QUOTE -> texts.field_quote();
            case TRANSLATION -> texts.field_translation(java.util.Locale.ENGLISH.getDisplayLanguage(language.locale()));
            case NOTES -> texts.field_notes();
            case SOURCE_OUTLET -> texts.field_source_outlet();
            case SOURCE_TITLE -> texts.field_source_title();
            case SOURCE_URL -> texts.field_source_url();
            case SOURCE_PUBLISHED_ON -> texts.field_source_published_on();
            case SOURCE_LANGUAGE -> texts.field_source_language();
            case SOURCE_ARCHIVE_URL -> texts.field_source_archive_url();
            case SOURCE_CAPTURED_TEXT -> texts.field_source_captured_text();
            case "reason" -> texts.reason();
            default -> null;
        };
    }

    /** The source a claim was first read in, to go back to; null when it cites none. */
    public Long firstSource(Claim claim) {
        return em.createQuery("select cs.source.id from ClaimSource cs where cs.claim = ?1 order by cs.id", Long.class)
                .setParameter(1, claim).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * Deletes a draft and its quotes, each deletion in its history; returns the source it was first read in. Names
     * it leaves without a claim stay, hidden from choices and readers until a claim uses them again.
     */
    @Transactional
    public Long deleteDraft(Claim draft) {
        changeReason.set(null);
        Claim claim = em.find(Claim.class, draft.id);
        Long source = firstSource(claim);
        ClaimSource.<ClaimSource> list("claim", claim).forEach(ClaimSource::delete);
        claim.delete();
        return source;
    }
}
