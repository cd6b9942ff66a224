package org.hasila.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures: real claims from a real article. */
public final class Fixtures {

    public static final Path SEED_ARTICLE = Path.of("src/main/resources/demo/karabakh-2020-aljazeera-mubasher.csv");

    private Fixtures() {
    }

    public static byte[] seedArticle() {
        try {
            return Files.readAllBytes(SEED_ARTICLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
