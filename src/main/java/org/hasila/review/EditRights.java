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
 * drafts, and the sources they entered claims from. Readers nothing.
 */
@RequestScoped
public class EditRights {

    @Inject
    SecurityIdentity identity;

    public boolean mayEdit(Claim claim) {
        return editor() || !claim.published && person() != null && person().equals(claim.createdBy);
    }

    public boolean mayEdit(Source source) {
        return editor() || person() != null
                && ClaimSource.count("source = ?1 and claim.createdBy = ?2", source, person()) > 0;
    }

    private boolean editor() {
        return identity.hasRole(Role.EDITOR);
    }

    /** The name of who is logged in; null for a reader. */
    private String person() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
