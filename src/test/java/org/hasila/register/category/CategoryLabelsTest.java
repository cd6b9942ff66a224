package org.hasila.register.category;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.web.CategoryMessages;
import org.hasila.web.Languages;
import org.hasila.web.Msg;
import org.junit.jupiter.api.Test;

/** Categories are rows of the database and their names a switch on slugs: every row has its name in every language. */
@QuarkusTest
class CategoryLabelsTest {

    @Inject
    Languages languages;

    @Test
    @TestTransaction
    void everyCategoryIsNamedInEveryLanguage() {
        for (Category category : Category.listInOrder()) {
            for (Msg language : languages.all()) {
                CategoryMessages names = languages.bundle(CategoryMessages.class, language.lang());
                assertFalse(CategoryLabels.name(category, names).isBlank(), category.slug + " in " + language.lang());
            }
        }
    }
}
