package org.hasila.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one place for plural rules: Arabic's six forms by the last two digits, English's two. */
class PluralsTest {

    @Test
    void arabicCountsTakeTheFormOfTheirLastTwoDigits() {
        long[] counts = { 0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 110, 111, 1000, 1014 };
        String[] forms = { "zero", "one", "two", "few", "few", "many", "many", "other", "other", "other", "few", "few",
                "many", "other", "many" };
        for (int i = 0; i < counts.length; i++) {
            assertEquals(forms[i], Plurals.plural(counts[i], "ar"), "the Arabic form for " + counts[i]);
        }
    }

    @Test
    void englishAndLanguagesWithoutARuleTellOneFromOther() {
        assertEquals("one", Plurals.plural(1, "en"));
        assertEquals("other", Plurals.plural(0, "en"));
        assertEquals("other", Plurals.plural(2, "fr"));
    }
}
