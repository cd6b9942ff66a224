package org.hasila.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hasila.register.category.Category;
import org.hasila.register.claimant.Claimant;
import org.hasila.register.party.Party;

/**
 * Suggests the claims of a pasted article, naming claimants and sides as the register already does. What the desk
 * and the API call; nothing is stored.
 */
@ApplicationScoped
public class Extraction {

    /** The longest text read, in characters (Unicode code points): a long report, not a book. */
    public static final int LONGEST_TEXT = 200_000;

    @Transactional
    public List<Suggestion> suggest(String text, TextLanguage language, LocalDate publishedOn) {
        KnownNames known = new KnownNames(
                Party.<Party> listAll(Sort.by("name")).stream().map(p -> p.name).toList(),
                Claimant.<Claimant> listAll(Sort.by("name")).stream().map(c -> c.name).toList());
        Set<String> categories = Category.slugs();
        return new Extractor(language, known, publishedOn).suggest(text).stream()
                .filter(s -> categories.contains(s.category())).toList();
    }
}
