package org.hasila.interchange;

import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.source.CheckedSource;

/** One line of a claims CSV file, checked and converted: the claim and the source it was read in. */
record ClaimRow(long line, CheckedClaim claim, CheckedSource source) {
}
