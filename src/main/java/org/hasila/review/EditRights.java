package org.hasila.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hasila.account.Role;
import org.hasila.kernel.Names;
import org.hasila.register.claim.Claim;
import org.hasila.register.name.NameKind;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;

/**
 * Who may change what was entered (docs/workflow.md): editors any claim and any source; a journalist their own
 * drafts, and the sources they entered claims from while no published claim cites them. Readers nothing. Whatever
 * readers see changes only through an editor, with a reason that its history keeps. A draft that was never
 * published may be deleted by whoever entered it and by editors; nothing ever published is deleted.
 */
@RequestScoped
public class EditRights {

    @Inject
    SecurityIdentity identity;

    public boolean mayEdit(Claim claim) {
        return editor() || !claim.published && person() != null && person().equals(claim.createdBy);
    }

    /** Never a claim that readers could once see: it may have been cited; an editor retracts it instead. */
    public boolean mayDelete(Claim claim) {
        return !everPublished(claim) && (editor() || person() != null && person().equals(claim.createdBy));
    }

    /** Published now, or in any version its history keeps. */
    public static boolean everPublished(Claim claim) {
        return claim.published || ((Number) Claim.getEntityManager()
                .createNativeQuery("select count(*) from claim_aud where id = ?1 and published = true")
                .setParameter(1, claim.id).getSingleResult()).longValue() > 0;
    }

    /**
     * Whether who asks may add a source to the claim: a source added to a published claim is seen by readers, so an
     * editor adds it; a draft gains sources from any journalist, as the editor reviews it before readers see it.
     */
    public boolean mayAddSource(Claim claim) {
        return editor() || person() != null && !claim.published;
    }

    public boolean mayEdit(Source source) {
        return editor() || person() != null && !readersSee(source)
                && ClaimSource.count("source = ?1 and claim.createdBy = ?2", source, person()) > 0;
    }

    /**
     * Whether who asks may give a stored source the evidence it lacks, entering the same article again: a journalist
     * while readers do not see the source (as any journalist may enter it), an editor always.
     */
    public boolean mayAddEvidence(Source source) {
        return editor() || person() != null && !readersSee(source);
    }

    /** Readers see a source that a published claim cites: only an editor changes it then, with a reason. */
    public static boolean readersSee(Source source) {
        return ClaimSource.count("source = ?1 and claim.published = true", source) > 0;
    }

    /**
     * Who may add or change a name's forms in other languages: editors any name's; a journalist those of a name
     * readers do not see, which only drafts use (docs/workflow.md).
     */
    public boolean mayEditForms(NameKind kind, String name) {
        return editor() || person() != null && !readersSee(kind, name);
    }

    /** Readers see a name that a published claim uses, or the outlet of a source a published claim cites. */
    public static boolean readersSee(NameKind kind, String name) {
        String key = Names.key(name);
        return switch (kind) {
            case CONFLICT -> Claim.count("conflict.nameKey = ?1 and published = true", key) > 0;
            case CLAIMANT -> Claim.count("claimant.nameKey = ?1 and published = true", key) > 0;
            // Three separate tests, each answered by an index of claim, rather than an "or" over optional sides
            case PARTY -> Claim.count("subjectParty.nameKey = ?1 and published = true", key) > 0
                    || Claim.count("causedByParty.nameKey = ?1 and published = true", key) > 0
                    || Claim.count("claimant.party.nameKey = ?1 and published = true", key) > 0;
            case OUTLET -> ClaimSource.count("source.outlet = ?1 and claim.published = true", name) > 0;
            case ITEM -> Claim.count("item = ?1 and published = true", name) > 0;
        };
    }

    private boolean editor() {
        return identity.hasRole(Role.EDITOR);
    }

    /** The name of who is logged in; null for a reader. */
    private String person() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
