package org.hasila.extraction;

import java.util.List;

/**
 * The names the register already holds, in whatever language they were written: a claimant or side the text
 * names is given as the register writes it when it is one of these.
 *
 * @param parties the parties' names
 * @param claimants the claimants' names
 */
public record KnownNames(List<String> parties, List<String> claimants) {

    public static KnownNames none() {
        return new KnownNames(List.of(), List.of());
    }
}
