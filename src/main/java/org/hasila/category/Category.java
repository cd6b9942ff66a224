package org.hasila.category;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A kind of loss (civilians killed, equipment destroyed...), named by its CSV slug, in English and Arabic. */
@Entity
@Cacheable
public class Category extends PanacheEntityBase {

    @Id
    public String slug;
    public String nameEn;
    public String nameAr;
    public int sortOrder;

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }

    public static List<Category> listInOrder() {
        return listAll(Sort.by("sortOrder"));
    }

    /** Every category's slug, in alphabetical order, as problems list them. */
    public static Set<String> slugs() {
        return Category.<Category>listAll().stream().map(c -> c.slug).collect(Collectors.toCollection(TreeSet::new));
    }
}
