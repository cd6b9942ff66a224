package org.hasila.register.source;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

/** The newsroom's translation of a quote into one of the site's languages other than English. */
@Entity
@Audited
public class QuoteTranslation extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public ClaimSource claimSource;

    /** The language translated into, as the site names it ({@code ar}). */
    public String language;

    public String words;
}
