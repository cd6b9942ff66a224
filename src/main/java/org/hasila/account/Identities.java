package org.hasila.account;

import java.util.Map;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who a request comes from: the account of a live session (pages), or of a Basic login (the API), as Quarkus asks. */
class Identities {

    private Identities() {
    }

    static SecurityIdentity of(Account account) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account.username))
                .addRole(account.role).build();
    }

    /** The account of a session cookie; a session that ended fails, and the request goes on as a reader's. */
    @ApplicationScoped
    static class BySession implements IdentityProvider<SessionMechanism.SessionRequest> {

        @Inject
        Sessions sessions;

        @Override
        public Class<SessionMechanism.SessionRequest> getRequestType() {
            return SessionMechanism.SessionRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionMechanism.SessionRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> sessions.account(request.token).map(Identities::of)
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }

    /** HTTP Basic, counted and throttled like the login form ({@link Logins}). */
    @ApplicationScoped
    static class ByPassword implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        Logins logins;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = http == null ? "unknown" : Logins.address(http.request());
            String password = new String(request.getPassword().getPassword());
            return context.runBlocking(() -> {
                Logins.Outcome outcome = logins.attempt(request.getUsername(), password, address, "basic");
                if (outcome.loggedIn()) {
                    return of(outcome.account());
                }
                throw outcome.throttled()
                        ? new AuthenticationFailedException(Map.of(Logins.RETRY_AFTER, outcome.retryAfterSeconds()))
                        : new AuthenticationFailedException();
            });
        }
    }
}
