package org.hasila.desk;

import java.util.List;

import io.quarkus.panache.common.Sort;
import org.hasila.register.category.Category;
import org.hasila.register.claim.AsOfPrecision;
import org.hasila.register.claim.Counting;
import org.hasila.register.claim.Qualifier;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.conflict.Conflict;
import org.hasila.register.name.NameKind;
import org.hasila.register.name.NameTranslation;
import org.hasila.register.party.Party;

/**
 * What the entry forms offer as choices: what is already known, in every language it is known in, so that
 * journalists type less and find a name whichever language they type it in.
 */
public record DeskChoices(List<String> conflicts, List<Claimant> claimants, List<String> claimantsInOtherLanguages,
        List<String> parties, List<String> items, List<Category> categories, Qualifier[] qualifiers,
        Counting[] countings, AsOfPrecision[] precisions) {

    static DeskChoices load() {
        return new DeskChoices(
                withForms(Conflict.<Conflict> listAll(Sort.by("name")).stream().map(c -> c.name).toList(),
                        NameKind.CONFLICT),
                Claimant.find("select c from Claimant c left join fetch c.party order by c.name").list(),
                withForms(List.of(), NameKind.CLAIMANT),
                withForms(Party.<Party> listAll(Sort.by("name")).stream().map(p -> p.name).toList(), NameKind.PARTY),
                withForms(Claimant.getEntityManager().createQuery(
                        "select distinct c.item from Claim c where c.item is not null order by c.item", String.class)
                        .setMaxResults(500).getResultList(), NameKind.ITEM),
                Category.listInOrder(), Qualifier.values(), Counting.values(), AsOfPrecision.values());
    }

    /** The names, then their forms in other languages. */
    private static List<String> withForms(List<String> names, NameKind kind) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(names);
        NameTranslation.<NameTranslation> list("kind = ?1 order by name", kind).forEach(form -> all.add(form.name));
        return List.copyOf(all);
    }
}
