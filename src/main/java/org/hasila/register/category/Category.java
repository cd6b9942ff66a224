package org.hasila.register.category;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A kind of loss (civilians killed, equipment destroyed...), named by its CSV slug. Pages name it from the message
 * bundle of their language ({@code {category.label}}); the English and Arabic names stored here are what the API's
 * list of categories gives.
 */
@Entity
@Cacheable
public class Category extends PanacheEntityBase {

    @Id
    public String slug;
    public String nameEn;
    public String nameAr;
    public int sortOrder;

    public static List<Category> listInOrder() {
        return listAll(Sort.by("sortOrder"));
    }

    /** Every category's slug, in alphabetical order, as problems list them. */
    public static Set<String> slugs() {
        return Category.<Category> listAll().stream().map(c -> c.slug).collect(Collectors.toCollection(TreeSet::new));
    }
}
