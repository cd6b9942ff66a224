package org.hasila.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures: real claims from a real article. */
public final class Fixtures {

    /** The seed article's claims with their English names only: a file as claims CSV v1 wrote them before languages. */
    public static final Path SEED_ARTICLE = Path.of("src/test/resources/fixtures/karabakh-2020-aljazeera-mubasher.csv");
    /** The seed article with the Arabic names the article uses (conflict@ar, claimant@ar...): demo data. */
    public static final Path SEED_ARTICLE_ARABIC = Path.of("src/main/resources/demo/karabakh-2020-aljazeera-mubasher-ar.csv");
    /** Thirty reports of the same war by both sides, with Arabic names: demo data. */
    public static final Path COMPARISONS_ARABIC = Path.of("src/main/resources/demo/karabakh-2020-comparisons-ar.csv");

    /** Thirty sourced claims of the 2020 war by both sides and their officials, kept with the shared fixtures. */
    public static final Path KARABAKH_COMPARISONS = Path.of("../shared/fixtures/karabakh-2020-comparisons.csv");

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
        return read(SEED_ARTICLE);
    }

    public static byte[] seedArticleArabic() {
        return read(SEED_ARTICLE_ARABIC);
    }

    public static byte[] comparisonsArabic() {
        return read(COMPARISONS_ARABIC);
    }

    public static byte[] karabakhComparisons() {
        return read(KARABAKH_COMPARISONS);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
