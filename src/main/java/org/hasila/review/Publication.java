package org.hasila.review;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hasila.register.claim.Claim;
import org.hasila.register.claim.PublishedSummaries;
import org.hasila.register.claim.Status;

/** What an editor decides about a claim readers may see: publishing it, taking it back, its status. */
@ApplicationScoped
class Publication {

    @Inject
    ChangeReason changeReason;

    @Inject
    PublishedSummaries summaries;

    /** Readers see the claim from now on. */
    @Transactional
    public void publish(Claim claim) {
        publish(List.of(claim));
    }

    /** Readers see the claims from now on, all in one change; those already published stay as they were. */
    @Transactional
    public void publish(List<Claim> claims) {
        changeReason.set(null);
        Instant now = Instant.now();
        for (Claim claim : claims) {
            if (!claim.published) {
                claim.publish();
                claim.updatedAt = now;
            }
        }
        summaries.recount(claims);
    }

    /** The claim becomes a draft again; the reason, if given, goes into its history. */
    @Transactional
    public void unpublish(Claim claim, String reason) {
        changeReason.set(reason);
        claim.published = false;
        claim.publishedAt = null;
        claim.updatedAt = Instant.now();
        summaries.recount(List.of(claim));
    }

    /** A status other than reported carries the reason readers see; reported carries none. */
    @Transactional
    public void setStatus(Claim claim, Status status, String reason) {
        setStatus(List.of(claim), status, reason);
    }

    /** The same status and reason for every claim, all in one change. */
    @Transactional
    public void setStatus(List<Claim> claims, Status status, String reason) {
        changeReason.set(reason);
        Instant now = Instant.now();
        for (Claim claim : claims) {
            claim.status = status;
            claim.statusReason = status == Status.REPORTED ? null : reason;
            claim.updatedAt = now;
        }
        summaries.recount(claims);
    }
}
