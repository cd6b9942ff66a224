package org.hasila.register.category;

import io.quarkus.qute.TemplateExtension;
import org.hasila.web.CategoryMessages;
import org.hasila.web.Languages;

/**
 * {@code {category.label}} in templates: the category's name in the template's language, from its bundle. Categories
 * are rows of the database, named by the slugs the V1 migration stores; a test checks that each one has a name here.
 */
@TemplateExtension
public final class CategoryLabels {

    private CategoryLabels() {
    }

    static String label(Category category, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return name(category, Languages.forTemplate(CategoryMessages.class, locale));
    }

    /** The category's name in the language of {@code names}. */
    public static String name(Category category, CategoryMessages names) {
        return switch (category.slug) {
            case "civilians-killed" -> names.civilians_killed();
            case "civilians-injured" -> names.civilians_injured();
            case "soldiers-killed" -> names.soldiers_killed();
            case "soldiers-injured" -> names.soldiers_injured();
            case "people-killed" -> names.people_killed();
            case "people-missing" -> names.people_missing();
            case "people-captured" -> names.people_captured();
            case "buildings-damaged" -> names.buildings_damaged();
            case "buildings-destroyed" -> names.buildings_destroyed();
            case "equipment-destroyed" -> names.equipment_destroyed();
            case "equipment-damaged" -> names.equipment_damaged();
            case "equipment-captured" -> names.equipment_captured();
            case "aircraft-downed" -> names.aircraft_downed();
            default -> throw new IllegalStateException("The category " + category.slug
                    + " has no name in messages/categories_*.properties");
        };
    }
}
