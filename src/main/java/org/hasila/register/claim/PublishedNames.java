package org.hasila.register.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;

/**
 * The names readers may filter by, and the sitemap links: conflicts, claimants and parties with published claims,
 * kept until a claim changes.
 */
@ApplicationScoped
public class PublishedNames {

    @Inject
    PublishedData published;

    public record Names(List<Conflict> conflicts, List<Claimant> claimants, List<Party> parties) {
    }

    public Names all() {
        return published.kept("published-names", () -> new Names(Conflict.withPublishedClaims(),
                Claimant.withPublishedClaims(), Party.inPublishedClaims()));
    }
}
