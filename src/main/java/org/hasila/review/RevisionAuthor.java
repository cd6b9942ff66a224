package org.hasila.review;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import org.hibernate.envers.RevisionListener;

/** Signs each revision with the person logged in and the reason they gave for the change. */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            revision.username = "system";
            return;
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        revision.username = identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        revision.reason = Arc.container().instance(ChangeReason.class).get().get();
    }
}
