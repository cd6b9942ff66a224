package org.hasila.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at a page, for the layout's menu: {@code inject:currentUser} in templates. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return known() && !identity.isAnonymous();
    }

    public String getName() {
        return isLoggedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean isEditor() {
        return known() && identity.hasRole(Role.EDITOR);
    }

    /**
     * Whether the identity may be looked at. A "not found" met while routing is answered on the IO thread, where
     * the lazily authenticated identity cannot be resolved: that page shows the reader's menu.
     */
    private boolean known() {
        return !Context.isOnEventLoopThread();
    }
}
