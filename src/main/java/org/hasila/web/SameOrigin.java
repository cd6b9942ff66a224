package org.hasila.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages change things only for requests from Hasila's own pages. Beside the CSRF token that every form carries, a
 * request that says where it comes from ({@code Origin}, or {@code Sec-Fetch-Site: cross-site}) must come from
 * Hasila's own origin: {@code hasila.public-url} when set, else the request's own. Browsers send these on every
 * cross-site post, and no page of another site can remove them. The API takes Basic credentials, not cookies.
 */
public class SameOrigin {

    @Inject
    Language language;

    @ServerRequestFilter
    public Optional<Response> ownPagesOnly(ContainerRequestContext request) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String origin = request.getHeaderString("Origin");
        boolean crossSite = "cross-site".equalsIgnoreCase(request.getHeaderString("Sec-Fetch-Site"));
        if (!crossSite && (origin == null || origin.toLowerCase(Locale.ROOT)
                .equals(language.origin().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return Optional.of(FormBodies.refusal(Response.Status.FORBIDDEN,
                language.bundle(ErrorMessages.class).form_from_elsewhere(), false));
    }
}
