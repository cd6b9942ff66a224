package org.hasila.desk;

import java.util.List;

import org.hasila.kernel.Names;
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
 * journalists type less and find a name whichever language they type it in. A name no claim uses any more (its last
 * draft deleted, or merged away) is not offered, nor are its forms.
 */
public record DeskChoices(List<String> conflicts, List<Claimant> claimants, List<String> claimantsInOtherLanguages,
        List<String> parties, List<String> items, List<Category> categories, Qualifier[] qualifiers,
        Counting[] countings, AsOfPrecision[] precisions) {

    static DeskChoices load() {
        List<Claimant> claimants = Claimant.find("""
                select c from Claimant c left join fetch c.party
                where exists (from Claim x where x.claimant = c) order by c.name""").list();
        return new DeskChoices(
                withForms(Conflict.<Conflict> list(
                        "from Conflict c where exists (from Claim x where x.conflict = c) order by c.name")
                        .stream().map(c -> c.name).toList(), NameKind.CONFLICT),
                claimants,
                formsOf(claimants.stream().map(c -> c.name).toList(), NameKind.CLAIMANT),
                withForms(Party.<Party> list("""
                        from Party p where exists (from Claim x where x.subjectParty = p or x.causedByParty = p)
                            or exists (from Claim x where x.claimant.party = p) order by p.name""")
                        .stream().map(p -> p.name).toList(), NameKind.PARTY),
                withForms(Claimant.getEntityManager().createQuery(
                        "select distinct c.item from Claim c where c.item is not null order by c.item", String.class)
                        .setMaxResults(500).getResultList(), NameKind.ITEM),
                Category.listInOrder(), Qualifier.values(), Counting.values(), AsOfPrecision.values());
    }

    /** The names, then their forms in other languages. */
    private static List<String> withForms(List<String> names, NameKind kind) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(names);
        all.addAll(formsOf(names, kind));
        return List.copyOf(all);
    }

    /** The forms in other languages of these names only. */
    private static List<String> formsOf(List<String> names, NameKind kind) {
        java.util.Set<String> keys = names.stream().map(Names::key).collect(java.util.stream.Collectors.toSet());
        return NameTranslation.<NameTranslation> list("kind = ?1 order by name", kind).stream()
                .filter(form -> keys.contains(form.nameKey)).map(form -> form.name).toList();
    }
}
