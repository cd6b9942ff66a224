package org.hasila.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SeedArticleExtractionTest {
    @Test
    void print() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/fixtures/article-2020-10-16-aljazeera-mubasher.txt"));
        new Extractor(TextLanguage.AR, KnownNames.none(), LocalDate.of(2020, 10, 16)).suggest(text)
                .forEach(s -> System.out.println(s));
    }
}
