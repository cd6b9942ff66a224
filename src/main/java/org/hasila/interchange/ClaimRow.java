package org.hasila.interchange;

import java.util.List;

import org.hasila.register.claim.CheckedClaim;
import org.hasila.register.name.NameKind;
import org.hasila.register.source.CheckedSource;

/**
 * One line of a claims CSV file, checked and converted: the claim, the source it was read in, and the forms its
 * names take in other languages.
 */
record ClaimRow(long line, CheckedClaim claim, CheckedSource source, List<NameForm> forms) {

    /** A name of the row in a language: {@code claimant@ar}. */
    record NameForm(String column, NameKind kind, String name, String language, String form) {
    }
}
