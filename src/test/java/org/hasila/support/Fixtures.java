package org.hasila.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures: real claims from a real article. */
public final class Fixtures {

    public static final Path SEED_ARTICLE = Path.of("src/main/resources/demo/karabakh-2020-aljazeera-mubasher.csv");

    /** The seed article's text, as Al Jazeera Mubasher published it: the claims of {@link #SEED_ARTICLE} are in it. */
    public static final Path SEED_ARTICLE_TEXT = Path
            .of("src/test/resources/fixtures/article-2020-10-16-aljazeera-mubasher.txt");

    private Fixtures() {
    }

    public static String seedArticleText() {
        try {
            return Files.readString(SEED_ARTICLE_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] seedArticle() {
        try {
            return Files.readAllBytes(SEED_ARTICLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
