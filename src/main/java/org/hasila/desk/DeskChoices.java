package org.hasila.desk;

import java.util.List;

import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;

/**
 * What the entry forms offer as choices: what is already known, so that journalists type less. A name no claim uses
 * any more (its last draft deleted, or merged away) is not offered.
 */
public record DeskChoices(List<String> conflicts, List<Claimant> claimants, List<String> parties, List<String> items,
        List<Category> categories, Qualifier[] qualifiers, Counting[] countings, AsOfPrecision[] precisions) {

    static DeskChoices load() {
        return new DeskChoices(
                Conflict.<Conflict> list("from Conflict c where exists (from Claim x where x.conflict = c) order by c.name")
                        .stream().map(c -> c.name).toList(),
                Claimant.find("""
                        select c from Claimant c left join fetch c.party
                        where exists (from Claim x where x.claimant = c) order by c.name""").list(),
                Party.<Party> list("""
                        from Party p where exists (from Claim x where x.subjectParty = p or x.causedByParty = p)
                            or exists (from Claim x where x.claimant.party = p) order by p.name""")
                        .stream().map(p -> p.name).toList(),
                Claimant.getEntityManager().createQuery(
                        "select distinct c.item from Claim c where c.item is not null order by c.item", String.class)
                        .setMaxResults(500).getResultList(),
                Category.listInOrder(), Qualifier.values(), Counting.values(), AsOfPrecision.values());
    }
}
