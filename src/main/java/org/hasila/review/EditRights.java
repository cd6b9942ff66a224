package org.hasila.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.hasila.account.Role;
import org.hasila.register.claim.Claim;
import org.hasila.register.source.ClaimSource;
import org.hasila.register.source.Source;

/**
 * Who may change what was entered (docs/workflow.md): editors any claim and any source; a journalist their own
 * drafts, and the sources they entered claims from while no published claim cites them. Readers nothing. Whatever
 * readers see changes only through an editor, with a reason that its history keeps.
 */
@RequestScoped
public class EditRights {

    @Inject
    SecurityIdentity identity;

    public boolean mayEdit(Claim claim) {
        return editor() || !claim.published && person() != null && person().equals(claim.createdBy);
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

    /** Readers see a source that a published claim cites: only an editor changes it then, with a reason. */
    public static boolean readersSee(Source source) {
        return ClaimSource.count("source = ?1 and claim.published = true", source) > 0;
    }

    private boolean editor() {
        return identity.hasRole(Role.EDITOR);
    }

    /** The name of who is logged in; null for a reader. */
    private String person() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
