package org.hasila.account;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pages know who is logged in from the session cookie ({@link Sessions}); a person without a live session who asks
 * for a page that needs one is sent to the login page. The API's writes take HTTP Basic instead.
 */
@ApplicationScoped
class SessionMechanism implements HttpAuthenticationMechanism {

    /** A session cookie as presented, to be looked up. */
    static final class SessionRequest extends BaseAuthenticationRequest {
        final String token;

        SessionRequest(String token) {
            this.token = token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = Sessions.token(context.request()).orElse(null);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        // A session that ended leaves a reader, not an error: pages for readers still open
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new SessionRequest(token), context))
                .onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE));
    }

    /** Before Basic, so that a page asked for without a session answers with the login page, not a Basic challenge. */
    @Override
    public int getPriority() {
        return BasicAuthenticationMechanism.PRIORITY + 1000;
    }
}
