package org.hasila.register.source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hasila.register.claim.Claim;
import org.hibernate.envers.Audited;

/** That a claim was read in a source, with the claim's words there and their English translation. */
@Entity
@Audited
public class ClaimSource extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Source source;

    /** The claim's words in the source's own language. */
    public String quote;
    /** The quote in English. */
    public String translation;

    public static ClaimSource of(Claim claim, Source source, String quote, String translation) {
        ClaimSource link = new ClaimSource();
        link.claim = claim;
        link.source = source;
        link.quote = quote;
        link.translation = translation;
        return link;
    }
}
