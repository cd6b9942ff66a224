package org.hasila.desk;

import java.util.List;

import io.quarkus.panache.common.Sort;
import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.party.Party;

/** What the entry forms offer as choices: what is already known, so that journalists type less. */
public record DeskChoices(List<String> conflicts, List<Claimant> claimants, List<String> parties, List<String> items,
        List<Category> categories, Qualifier[] qualifiers, Counting[] countings, AsOfPrecision[] precisions) {

    static DeskChoices load() {
        return new DeskChoices(
                Conflict.<Conflict> listAll(Sort.by("name")).stream().map(c -> c.name).toList(),
                Claimant.find("select c from Claimant c left join fetch c.party order by c.name").list(),
                Party.<Party> listAll(Sort.by("name")).stream().map(p -> p.name).toList(),
                Claimant.getEntityManager().createQuery(
                        "select distinct c.item from Claim c where c.item is not null order by c.item", String.class)
                        .setMaxResults(500).getResultList(),
                Category.listInOrder(), Qualifier.values(), Counting.values(), AsOfPrecision.values());
    }
}
