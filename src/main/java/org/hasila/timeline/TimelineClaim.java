package org.hasila.timeline;

import java.time.LocalDate;

import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claim.Status;

/** A published claim as the timeline computation needs it: no entity, no database. */
public record TimelineClaim(long id, long claimantId, String claimant, String claimantParty, String item,
        Qualifier qualifier, Long value, Long valueMin, Long valueMax, Counting counting, LocalDate periodStart,
        LocalDate periodEnd, AsOfPrecision precision, LocalDate statedOn, Status status) {

    public Figure figure() {
        return Figure.of(qualifier, value, valueMin, valueMax);
    }

    public boolean drawable() {
        return qualifier != Qualifier.UNSPECIFIED && status != Status.RETRACTED;
    }
}
