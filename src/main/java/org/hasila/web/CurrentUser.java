package org.hasila.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hasila.account.Role;

/** Who is looking at a page, for the layout's menu: {@code inject:currentUser} in templates. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isEditor() {
        return identity.hasRole(Role.EDITOR);
    }
}
