package org.hasila.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the seed article's Arabic text, compared with the fourteen claims a journalist recorded from it
 * (the fixture): at least twelve suggested with the right category, item and figure, and nothing suggested for a
 * number that is no loss. Prints precision and recall.
 */
class SeedArticleExtractionTest {

    static final LocalDate PUBLISHED_ON = LocalDate.of(2020, 10, 16);

    static String text;
    static List<CSVRecord> recorded;

    @BeforeAll
    static void read() throws IOException {
        text = Fixtures.seedArticleText();
        try (Reader reader = Files.newBufferedReader(Fixtures.SEED_ARTICLE, StandardCharsets.UTF_8)) {
            recorded = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }

    static List<Suggestion> suggested(KnownNames known) {
        return new Extractor(TextLanguage.AR, known, PUBLISHED_ON).suggest(text);
    }

    /** Category, item and figure: what the target counts. */
    static String figure(String category, String item, String qualifier, String value) {
        return String.join("|", category, Objects.toString(item, ""), qualifier, Objects.toString(value, ""));
    }

    static String figure(Suggestion s) {
        return figure(s.category(), s.item(), s.qualifier(), s.value() == null ? null : s.value().toString());
    }

    static String figure(CSVRecord r) {
        return figure(r.get("category"), r.get("item"), r.get("qualifier"), r.get("value"));
    }

    @Test
    void suggestsAtLeastTwelveOfTheFourteenClaimsAndNoOtherNumber() {
        List<Suggestion> suggestions = suggested(KnownNames.none());
        List<String> expected = recorded.stream().map(SeedArticleExtractionTest::figure)
                .collect(Collectors.toCollection(ArrayList::new));
        List<String> unmatched = new ArrayList<>(expected);
        long right = suggestions.stream().filter(s -> unmatched.remove(figure(s))).count();
        // A figure the article gives twice (46 and 47 killed) is two claims: each suggestion matches one
        double precision = (double) right / suggestions.size();
        double recall = (double) (expected.size() - unmatched.size()) / expected.size();
        System.out.printf(Locale.ROOT, "Seed article: %d suggestions, %d of %d claims found; precision %.2f, recall %.2f%n",
                suggestions.size(), right, expected.size(), precision, recall);
        System.out.println("Not found: " + unmatched);
        assertTrue(expected.size() - unmatched.size() >= 12, "found " + (expected.size() - unmatched.size()));
        assertEquals(1.0, precision, "every suggestion is one of the recorded claims: " + suggestions);
        for (String notALoss : List.of("16", "20", "170", "30", "24", "27")) {
            assertTrue(suggestions.stream().noneMatch(s -> notALoss.equals(Objects.toString(s.value()))),
                    notALoss + " is no loss");
        }
    }

    @Test
    void eachQuoteIsItsSentenceCutFromTheTextByCodePoints() {
        for (Suggestion s : suggested(KnownNames.none())) {
            int start = text.offsetByCodePoints(0, s.quoteStart());
            int end = text.offsetByCodePoints(0, s.quoteEnd());
            assertEquals(s.quote(), text.substring(start, end));
            assertTrue(recorded.stream().anyMatch(r -> r.get("quote").equals(s.quote())), s.quote());
        }
    }

    @Test
    void countingPeriodAndSidesFollowTheStatementEachFigureBelongsTo() {
        List<String> parties = List.of("Armenia", "Azerbaijan");
        List<String> claimants = List.of("Prosecutor General's Office of Azerbaijan", "Ministry of Defence of Azerbaijan");
        List<Suggestion> suggestions = suggested(new KnownNames(parties, claimants));
        int agree = 0;
        for (Suggestion s : suggestions) {
            CSVRecord r = recorded.stream().filter(c -> figure(c).equals(figure(s))).findFirst().orElseThrow();
            boolean same = r.get("claimant").equals(s.claimant()) && r.get("claimant_side").equals(s.claimantSide())
                    && r.get("subject_side").equals(s.subjectSide()) && r.get("caused_by").equals(s.causedBy())
                    && r.get("counting").equals(s.counting()) && r.get("period_end").equals(s.periodEnd());
            agree += same ? 1 : 0;
            if (!same) {
                System.out.println("Differs from the fixture: " + s);
            }
        }
        System.out.printf(Locale.ROOT, "Claimant, sides, counting and as-of date as recorded: %d of %d suggestions%n",
                agree, suggestions.size());
        assertEquals(suggestions.size(), agree);
    }
}
