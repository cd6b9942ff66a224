package org.hasila.interchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.hasila.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A file exported by Hasila imports into an empty instance with nothing lost or changed. */
@QuarkusTest
class RoundTripTest {

    /** Strings that break naive software: markup, SQL, scripts of many languages, marks, emoji, controls of layout. */
    static final List<String> ODD = List.of("<script>alert('x')</script>", "'; DROP TABLE claim; --",
            "Ω≈ç√∫˜µ≤≥÷", "田中さんにあげて下さい", "ثم نفس سقطت وبالتحديد، جزيرتي باستخدام",
            "👩‍👩‍👧‍👦 family", "Z̮̞̠͙͔ͅḀ̗̞͈̻̗", "\u202Eright-to-left override", "say \"when\"",
            "comma, inside", "two\r\nlines", "=SUM(A1:A9)", "zero\u200Bwidth", "null", "NaN", "Ünïcödé",
            "שלום עולם", "Привет, мир", "Բարեւ աշխարհ", "Salam dünya", "Привіт", "&amp; &lt;b&gt;", "\\N", "%s%n");

    /**
     * The odd strings a name may be (docs/security.md, "Names that look alike"): no invisible or direction-turning
     * character, already NFKC, and no alphabet that looks like Latin (Greek, Cyrillic) beside the Latin around it.
     */
    static final List<String> ODD_NAMES = List.of("<script>alert('x')</script>", "'; DROP TABLE claim; --",
            "田中さんにあげて下さい", "ثم نفس سقطت وبالتحديد، جزيرتي باستخدام", "say \"when\"", "comma, inside",
            "=SUM(A1:A9)", "null", "NaN", "Ünïcödé", "שלום עולם", "Բարեւ աշխարհ", "Salam dünya", "&amp; &lt;b&gt;",
            "\\N", "%s%n");

    @Inject
    Database database;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
    }

    @Test
    void theSeedArticleExportsAsItWasWrittenAndImportsBackTheSame() {
        Api.importCsv(Fixtures.seedArticle(), "?publish=true").statusCode(201).body("claims_created", equalTo(14));
        byte[] first = exportCsv();
        assertEquals(new String(Fixtures.seedArticle(), StandardCharsets.UTF_8), new String(first, StandardCharsets.UTF_8));
        database.emptyClaimsRegister();
        Api.importCsv(first, "?publish=true").statusCode(201);
        assertArrayEquals(first, exportCsv());
    }

    @Test
    void theSeedArticleWithItsArabicNamesExportsAsItWasWrittenAndImportsBackTheSame() {
        Api.importCsv(Fixtures.seedArticleArabic(), "?publish=true").statusCode(201).body("claims_created", equalTo(14));
        byte[] first = exportCsv();
        assertEquals(new String(Fixtures.seedArticleArabic(), StandardCharsets.UTF_8),
                new String(first, StandardCharsets.UTF_8));
        database.emptyClaimsRegister();
        Api.importCsv(first, "?publish=true").statusCode(201);
        assertArrayEquals(first, exportCsv());
    }

    @Test
    void theComparisonsWithTheirArabicNamesExportAsTheyWereWritten() {
        Api.importCsv(Fixtures.comparisonsArabic(), "?publish=true").statusCode(201).body("claims_created", equalTo(30));
        assertEquals(new String(Fixtures.comparisonsArabic(), StandardCharsets.UTF_8),
                new String(exportCsv(), StandardCharsets.UTF_8));
    }

    @Test
    void anExportWithoutNamesInOtherLanguagesHasNoColumnsForThem() {
        Api.importCsv(Fixtures.seedArticleArabic(), "?publish=false").statusCode(201);
        Api.importCsv(Api.csv("Other war,Other claimant,Side A,Side B,,civilians-killed,,exact,3,,,cumulative,,"
                + "2021-01-01,exact,,Outlet,,,,en,,,"), "?publish=true").statusCode(201);
        // Only drafts have Arabic names: the published claim's export is claims CSV v1 as before
        assertEquals(Api.HEADER, new String(exportCsv(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void aFileUsingEveryColumnQualifierAndOddCharacterSurvivesTheRoundTrip() throws IOException {
        String generated = generatedFile();
        Api.importCsv(generated, "?publish=true").statusCode(201).body("problems", hasSize(0));
        byte[] first = exportCsv();
        database.emptyClaimsRegister();
        Api.importCsv(first, "?publish=true").statusCode(201);
        byte[] second = exportCsv();
        assertArrayEquals(first, second);
        // The export says exactly what the generated file said, row for row.
        assertEquals(generated, new String(first, StandardCharsets.UTF_8));
        given().when().get("/api/v1/claims.json").then().statusCode(200)
                .body("claims[10].sources[0].quote", equalTo(ODD.get(10 % ODD.size()) + " quote"));
    }

    @Test
    void aFileWithItsSourcesEvidenceExportsAsItWasWrittenAndImportsBackTheSame() throws IOException {
        List<String> header = new ArrayList<>(List.of(Api.HEADER.split(",")));
        header.addAll(header.indexOf("source_language") + 1, List.of("source_archive_url", "source_captured_text"));
        List<String> base = List.of(Api.HEADER.split(","));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (int i = 0; i < 12; i++) {
                List<Object> row = new ArrayList<>(List.of(Api.row().split(",", -1)));
                row.set(base.indexOf("value"), String.valueOf(40 + i));
                // Two claims in each source: its evidence on each of its rows.
                row.set(base.indexOf("source_title"), "Title " + i / 2);
                String odd = ODD.get(i % ODD.size()).replace("\r\n", "\n");
                row.addAll(base.indexOf("source_language") + 1, List.of(
                        i / 2 % 3 == 0 ? "" : "https://web.archive.org/web/2020/https://example.org/" + i / 2,
                        i / 2 % 3 == 1 ? ""
                                : "Captured " + i / 2 + "\n" + ODD.get(i / 2 % ODD.size()).replace("\r\n",
                                        "\n")));
                row.set(base.indexOf("quote") + 2, odd + " quote");
                printer.printRecord(row);
            }
        }
        String written = out.toString();
        Api.importCsv(written, "?publish=true").statusCode(201).body("claims_created", equalTo(12));
        byte[] first = exportCsv();
        assertEquals(written, new String(first, StandardCharsets.UTF_8));
        database.emptyClaimsRegister();
        Api.importCsv(first, "?publish=true").statusCode(201);
        assertArrayEquals(first, exportCsv());
    }

    static byte[] exportCsv() {
        return given().when().get("/api/v1/claims.csv").then().statusCode(200).extract().asByteArray();
    }

    /**
     * Every qualifier, counting and date precision, every optional column filled or left blank in turn, odd strings
     * in every text column, and claims read in two sources (two rows that follow each other).
     */
    static String generatedFile() throws IOException {
        String[] qualifiers = { "exact", "at-least", "at-most", "about", "range", "unspecified" };
        String[] precisions = { "exact", "on-or-before", "approximate" };
        String[] categories = { "civilians-killed", "civilians-injured", "soldiers-killed", "soldiers-injured",
                "people-killed", "people-missing", "people-captured", "buildings-damaged", "buildings-destroyed",
                "equipment-destroyed", "equipment-damaged", "equipment-captured", "aircraft-downed" };
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord((Object[]) Api.HEADER.split(","));
            for (int i = 0; i < 72; i++) {
                String odd = ODD.get(i % ODD.size());
                // Line breaks are allowed only in titles, quotes, translations and notes.
                String oneLine = odd.replaceAll("[\\r\\n]+", " ");
                String qualifier = qualifiers[i % qualifiers.length];
                boolean blanks = i % 2 == 1;
                List<Object> row = new ArrayList<>();
                row.add("Conflict " + (i % 3) + " " + ODD_NAMES.get(i % 3));
                row.add("Claimant " + (i % 7) + " " + ODD_NAMES.get(i % 7));
                row.add(i % 7 == 0 ? "" : "Party " + (i % 7) % 4);
                row.add("Party " + (i % 5));
                row.add(blanks ? "" : "Party " + ((i + 1) % 5));
                row.add(categories[i % categories.length]);
                row.add(blanks ? "" : "item " + ODD_NAMES.get(i % ODD_NAMES.size()));
                row.add(qualifier);
                row.add(switch (qualifier) {
                    case "range", "unspecified" -> "";
                    default -> String.valueOf(i * 1000 + 7);
                });
                row.add(qualifier.equals("range") ? String.valueOf(i) : "");
                row.add(qualifier.equals("range") ? String.valueOf(i * 3) : "");
                row.add(i % 4 < 2 ? "cumulative" : "incremental");
                row.add(blanks ? "" : "2022-02-" + String.format("%02d", 1 + i % 28));
                row.add("2022-03-" + String.format("%02d", 1 + i % 31));
                row.add(precisions[i % precisions.length]);
                row.add(blanks ? "" : "2022-04-01");
                row.add("Outlet " + (i % 9) + " " + oneLine);
                row.add(blanks ? "" : "Title " + odd);
                row.add(blanks ? "" : "https://example.org/" + i + "?q=a,b&c=%22d%22");
                row.add(blanks ? "" : "2022-04-02");
                row.add(blanks ? "" : List.of("ar", "en", "az", "hy", "ru", "uk", "en-GB").get(i % 7));
                row.add(blanks && i % 3 == 0 ? "" : odd + " quote");
                row.add(blanks && i % 3 == 0 ? "" : odd + " translation");
                row.add(blanks ? "" : "notes " + odd);
                printer.printRecord(row);
                if (i % 10 == 0) {
                    // The same claim, read in a second source with its own quote.
                    row.set(16, "Second outlet " + oneLine);
                    row.set(21, "second " + odd);
                    printer.printRecord(row);
                }
            }
        }
        return out.toString();
    }
}
