package org.hasila.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hasila.claim.Claim;

/** That a claim was read in a source, with the claim's words there and their English translation. */
@Entity
public class ClaimSource extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_source_seq")
    @SequenceGenerator(name = "claim_source_seq", sequenceName = "claim_source_seq", allocationSize = 50)
    public Long id;

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
