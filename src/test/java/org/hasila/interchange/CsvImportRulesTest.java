package org.hasila.interchange;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.hasila.support.Api.csv;
import static org.hasila.support.Api.importCsv;
import static org.hasila.support.Api.publishedClaims;
import static org.hasila.support.Api.row;
import static org.hasila.support.Api.rowWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of claims-csv.md, through the import API, against a real database. */
@QuarkusTest
class CsvImportRulesTest {

    @Inject
    Database database;

    @BeforeEach
    void emptyInstance() {
        database.emptyClaimsRegister();
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] file = csv(row()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + file.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(file, 0, withBom, bom.length, file.length);
        importCsv(withBom, "?publish=true").statusCode(201).body("claims_created", equalTo(1));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        String quote = "He said \"\"47, not 46\"\"\r\nthen left.";
        importCsv(csv(rowWith("quote", "\"" + quote + "\"")), "?publish=true").statusCode(201);
        publishedClaims().body("claims[0].sources[0].quote", equalTo("He said \"47, not 46\"\r\nthen left."));
    }

    @Test
    void columnsComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        String file = "period_end,source_outlet,counting,value,qualifier,category,subject_side,claimant,conflict\r\n"
                + "2020-10-16,Reuters,cumulative,47,exact,civilians-killed,Azerbaijan,Prosecutor,Karabakh\r\n";
        importCsv(file, "?publish=true").statusCode(201);
        publishedClaims().body("claims[0].value", equalTo(47), "claims[0].claimant_side", equalTo(null),
                "claims[0].as_of_precision", equalTo("exact"), "claims[0].sources[0].outlet", equalTo("Reuters"));
    }

    @Test
    void anUnknownColumnIsRefused() {
        importCsv(Api.HEADER + ",casualties\r\n" + row() + ",3\r\n", "").statusCode(422)
                .body("problems[0].line", equalTo(1), "problems[0].reason", containsString("'casualties'"),
                        "stored", equalTo(false));
    }

    @Test
    void aNameInALanguageTheSiteDoesNotSpeakOrOfAColumnWithoutNamesIsRefused() {
        importCsv(Api.HEADER + ",conflict@xx\r\n" + row() + ",حرب\r\n", "").statusCode(422)
                .body("problems[0].line", equalTo(1), "problems[0].reason",
                        containsString("'xx' is not a language of this site; use one of: en, ar"));
        importCsv(Api.HEADER + ",value@ar,casualty@ar\r\n" + row() + ",٤٧,x\r\n", "").statusCode(422)
                .body("problems[0].reason", containsString("Unknown column 'value@ar'"),
                        "problems[1].reason", containsString("Unknown column 'casualty@ar'"));
    }

    @Test
    void aNameInALanguageFollowsTheRulesOfNamesAndAgreesWithItself() {
        importCsv(Api.HEADER + ",claimant@ar\r\n" + row() + ",النيابة\u202Eالعامة\r\n", "").statusCode(422)
                .body("problems[0].line", equalTo(2), "problems[0].column", equalTo("claimant@ar"),
                        "problems[0].reason", containsString("U+202E"));
        importCsv(Api.HEADER + ",caused_by@ar\r\n" + rowWith("caused_by", "") + ",أرمينيا\r\n", "").statusCode(422)
                .body("problems[0].column", equalTo("caused_by@ar"),
                        "problems[0].reason", containsString("fill caused_by too"));
        importCsv(Api.HEADER + ",subject_side@ar\r\n" + row() + ",أذربيجان\r\n"
                + rowWith("category", "civilians-injured") + ",أذربيجانن\r\n", "").statusCode(422)
                .body("problems[0].line", equalTo(3), "problems[0].column", equalTo("subject_side@ar"),
                        "problems[0].reason", containsString("an earlier row gives 'Azerbaijan' the ar name 'أذربيجان'"));
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        importCsv("conflict,claimant\r\nKarabakh,Prosecutor\r\n", "").statusCode(422)
                .body("problems[0].reason", containsString("subject_side"));
    }

    @Test
    void figuresMayUseArabicIndicDigitsAndThousandsSeparators() {
        importCsv(csv(rowWith("value", "\"1,669\""), rowWith("value", "١٦٦٩").replace("civilians-killed", "civilians-injured"),
                rowWith("value", "\"۱,۲۰۰\"").replace("civilians-killed", "soldiers-killed")), "?publish=true")
                .statusCode(201);
        publishedClaims().body("claims.value", hasItems(1669, 1669, 1200));
    }

    @Test
    void figuresThatAreNotWholeNonNegativeNumbersAreRefused() {
        importCsv(csv(rowWith("value", "-3"), rowWith("value", "12.5"), rowWith("value", "\"1,66\""),
                rowWith("value", "many"), rowWith("value", "99999999999999999999")), "").statusCode(422)
                .body("problems.line", equalTo(java.util.List.of(2, 3, 4, 5, 6)),
                        "problems.column", everyItem(equalTo("value")));
        publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void onlyHttpAndHttpsLinksAreAccepted() {
        importCsv(csv(rowWith("source_url", "javascript:alert(1)"), rowWith("source_url", "ftp://example.org/x"),
                rowWith("source_url", "https://")), "").statusCode(422)
                .body("problems", hasSize(3), "problems.column", everyItem(equalTo("source_url")));
        importCsv(csv(rowWith("source_url", "http://example.org/a?b=c&d=%20")), "").statusCode(201);
    }

    /**
     * A link's scheme is case-insensitive (RFC 3986), but the database takes only links that start with a lower-case
     * {@code http://} or {@code https://}: such a link was accepted by the checks and then refused by the database.
     */
    @Test
    void aLinkWhoseSchemeIsInCapitalsIsStoredInItsCanonicalLowerCase() {
        String header = Api.HEADER.replace("source_language,", "source_language,source_archive_url,");
        String row = Api.row().replace(",ar,quote,", ",ar,Https://archive.ph/x,quote,")
                .replace(",https://example.org/a,", ",HTTPS://Example.org/a,");
        importCsv(header + "\r\n" + row + "\r\n", "?publish=true").statusCode(201)
                .body("claims_created", equalTo(1));
        // The archive link, which readers are not shown, was taken by the same database check (V14)
        publishedClaims().body("claims[0].sources[0].url", equalTo("https://Example.org/a"));
    }

    @Test
    void aSourcesArchiveAddressIsAWebLinkAndItsCapturedTextHasNoControlCharacter() {
        String header = Api.HEADER.replace("source_language,", "source_language,source_archive_url,source_captured_text,");
        String row = Api.row().replace(",ar,quote,", ",ar,%s,%s,quote,");
        importCsv(header + "\r\n" + String.join("\r\n", row.formatted("javascript:alert(1)", ""),
                row.formatted("ftp://example.org/x", ""), row.formatted("", "a bell \u0007"),
                row.formatted("https://archive.ph/x", "\"fine,\r\non two lines\"")) + "\r\n", "").statusCode(422)
                .body("problems", hasSize(3), "problems.column", equalTo(List.of("source_archive_url",
                        "source_archive_url", "source_captured_text")));
    }

    @Test
    void everyEnumerationIsChecked() {
        importCsv(csv(rowWith("qualifier", "roughly"), rowWith("counting", "daily"),
                rowWith("as_of_precision", "circa"), rowWith("category", "tanks"), rowWith("source_language", "a b")),
                "").statusCode(422)
                .body("problems.column", equalTo(java.util.List.of("qualifier", "counting", "as_of_precision",
                        "category", "source_language")),
                        "problems[0].reason", containsString("exact, at-least, at-most, about, range, unspecified"));
    }

    @Test
    void theFigureFollowsTheQualifier() {
        String range = rowWith("qualifier", "range");
        importCsv(csv(range, range.replace(",range,47,,,", ",range,,50,40,"), rowWith("qualifier", "unspecified"),
                rowWith("value", ""), row().replace(",exact,47,,,", ",exact,47,3,,")), "").statusCode(422)
                .body("problems.findAll { it.line == 2 }.column", hasItems("value", "value_min", "value_max"),
                        "problems.findAll { it.line == 3 }.reason", hasItem(containsString("less than value_min")),
                        "problems.findAll { it.line == 4 }.column", hasItem("value"),
                        "problems.findAll { it.line == 5 }.reason", hasItem(containsString("needs a value")),
                        "problems.findAll { it.line == 6 }.column", hasItem("value_min"));
        importCsv(csv(row().replace(",exact,47,,,", ",range,,40,50,"), rowWith("qualifier", "at-least"),
                row().replace(",exact,47,,,", ",unspecified,,,,").replace("civilians-killed", "soldiers-killed")), "")
                .statusCode(201).body("claims_created", equalTo(3));
    }

    @Test
    void everyBadLineIsWordedWithTheColumnsItNames() {
        String range = rowWith("qualifier", "range");
        importCsv(csv(range.replace(",range,47,,,", ",range,,50,40,"), rowWith("value", ""),
                rowWith("period_start", "2020-10-17"), range, row().replace(",exact,47,,,", ",exact,47,3,,"),
                rowWith("qualifier", "unspecified")), "").statusCode(422)
                .body("problems.collect { it.line.toString() + ' ' + it.column + ': ' + it.reason }", equalTo(java.util.List.of(
                        "2 value_max: is 40, less than value_min 50",
                        "3 value: is empty: qualifier exact needs a value",
                        "4 period_end: is 2020-10-16, before period_start 2020-10-17",
                        "5 value: must be empty: a range has value_min and value_max, not value",
                        "5 value_min: is empty: a range needs value_min",
                        "5 value_max: is empty: a range needs value_max",
                        "6 value_min: must be empty: only a range has value_min",
                        "7 value: must be empty: an unspecified claim has no figure")));
    }

    @Test
    void datesAreCalendarDaysWrittenYearMonthDay() {
        importCsv(csv(rowWith("period_end", "2020-02-30"), rowWith("period_end", "16/10/2020"),
                rowWith("stated_on", "2020-1-5"), rowWith("period_start", "2020-10-17"), rowWith("period_end", "")),
                "").statusCode(422)
                .body("problems.column", equalTo(java.util.List.of("period_end", "period_end", "stated_on",
                        "period_end", "period_end")), "problems[3].reason", containsString("before period_start"),
                        "problems[4].reason", equalTo("is required"));
    }

    @Test
    void textWithControlCharactersOrBeyondItsLengthIsRefused() {
        importCsv(csv(rowWith("claimant", "Pros\u0000ecutor"), rowWith("item", "x".repeat(201)),
                rowWith("conflict", "\"two\nlines\"")), "").statusCode(422)
                .body("problems.column", equalTo(java.util.List.of("claimant", "item", "conflict")));
    }

    @Test
    void everyBadLineIsReportedAndNothingIsStored() {
        importCsv(csv(row(), rowWith("qualifier", "x"), row().replace("civilians-killed", "civilians-injured"),
                rowWith("category", "y"), "too,few,fields"), "?publish=true").statusCode(422)
                .body("problems.line", equalTo(java.util.List.of(3, 5, 6)), "rows", equalTo(5),
                        "claims_created", equalTo(0), "stored", equalTo(false),
                        "problems[2].reason", containsString("has 3 fields; the header has 24"));
        publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void duplicatesAreReportedAndNotStoredTwice() {
        importCsv(csv(row(), row()), "?publish=true").statusCode(201)
                .body("claims_created", equalTo(1), "duplicates.line", equalTo(java.util.List.of(3)));
        importCsv(csv(row()), "?publish=true").statusCode(201)
                .body("claims_created", equalTo(0), "duplicates", hasSize(1));
        publishedClaims().body("claims", hasSize(1));
    }

    @Test
    void theSameClaimReadInAnotherSourceGainsThatSource() {
        importCsv(csv(row(), rowWith("source_outlet", "Reuters").replace(",quote,", ",another quote,")),
                "?publish=true").statusCode(201).body("claims_created", equalTo(1), "sources_linked", equalTo(1));
        publishedClaims().body("claims", hasSize(1), "claims[0].sources.outlet",
                equalTo(java.util.List.of("Al Jazeera Mubasher", "Reuters")),
                "claims[0].sources[1].quote", equalTo("another quote"));
    }

    @Test
    void knownNamesAreMatchedWhateverTheirCase() {
        importCsv(csv(row()), "?publish=true").statusCode(201);
        importCsv(csv(row().replace("2020 Nagorno-Karabakh war", "2020 NAGORNO-KARABAKH WAR")
                .replace("Azerbaijan,Azerbaijan,Armenia", "azerbaijan,AZERBAIJAN,armenia")
                .replace("Prosecutor General's", "prosecutor general's").replace(",47,", ",48,")), "?publish=true")
                .statusCode(201).body("claims_created", equalTo(1));
        publishedClaims().body("claims.conflict", everyItem(equalTo("2020 Nagorno-Karabakh war")),
                "claims.subject_side", everyItem(equalTo("Azerbaijan")),
                "claims.claimant", everyItem(equalTo("Prosecutor General's Office of Azerbaijan")),
                "claims.sources.flatten().title", everyItem(equalTo("Title")));
    }

    @Test
    void aClaimantSpeaksForOnePartyOnly() {
        importCsv(csv(row()), "").statusCode(201);
        importCsv(csv(rowWith("claimant_side", "Armenia"), rowWith("claimant_side", "")), "").statusCode(422)
                .body("problems.column", everyItem(equalTo("claimant_side")),
                        "problems[0].reason", containsString("speaking for Azerbaijan"),
                        "problems.reason", equalTo(java.util.List.of(
                                "'Prosecutor General's Office of Azerbaijan' is recorded as speaking for Azerbaijan, not for Armenia",
                                "'Prosecutor General's Office of Azerbaijan' is recorded as speaking for Azerbaijan, not as independent")));
    }

    @Test
    void aDryRunReportsEverythingAndStoresNothing() {
        importCsv(org.hasila.support.Fixtures.seedArticle(), "?dry-run=true&publish=true").statusCode(200)
                .body("claims_created", equalTo(14), "dry_run", equalTo(true), "stored", equalTo(false));
        publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void aDryRunDecidesEveryRowAsTheImportDoesAndNamesNoClaimItWouldCreate() {
        String file = csv(row(), row(), rowWith("source_outlet", "Reuters"));
        importCsv(file, "?dry-run=true").statusCode(200).body("claims_created", equalTo(1), "sources_linked",
                equalTo(1), "duplicates.line", equalTo(java.util.List.of(3)),
                "duplicates[0].claim_id", equalTo(null));
        importCsv(file, "").statusCode(201).body("claims_created", equalTo(1), "sources_linked", equalTo(1),
                "duplicates.line", equalTo(java.util.List.of(3)));
        int stored = (int) database.claimId("Prosecutor General's Office of Azerbaijan", 47);
        importCsv(file, "?dry-run=true").statusCode(200).body("claims_created", equalTo(0), "sources_linked",
                equalTo(0), "duplicates.claim_id", equalTo(java.util.List.of(stored, stored, stored)));
    }

    @Test
    void draftsAreNotExported() {
        importCsv(csv(row()), "").statusCode(201).body("published", equalTo(false));
        publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefusedWithAClearMessage() {
        String[] rows = new String[20_001];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Api.row();
        }
        importCsv(csv(rows), "?publish=true").statusCode(422).body("stored", equalTo(false),
                "problems[0].reason", startsWith("The file holds more than 20000 claims. Split it"));
        publishedClaims().body("claims", hasSize(0));
    }

    @Test
    void anEmptyFileGetsAClearMessage() {
        importCsv("", "").statusCode(422).body("problems[0].reason", startsWith("The file is empty"));
    }

    @Test
    void aHeaderWithoutClaimsGetsAClearMessage() {
        importCsv(Api.HEADER + "\r\n", "").statusCode(422)
                .body("problems[0].reason", equalTo("The file has a header but no claims."));
    }

    @Test
    void aFileThatIsNotUtf8GetsAClearMessage() {
        byte[] latin1 = csv(rowWith("notes", "café")).getBytes(StandardCharsets.ISO_8859_1);
        importCsv(latin1, "").statusCode(422).body("problems[0].reason", startsWith("The file is not UTF-8"));
    }

    @Test
    void binaryGarbageGetsAClearMessage() {
        byte[] garbage = new byte[100_000];
        new Random(1).nextBytes(garbage);
        importCsv(garbage, "").statusCode(422).body("problem_count", equalTo(1),
                "problems[0].reason", startsWith("The file is not UTF-8"));
    }

    @Test
    void anUnclosedQuoteGetsAClearMessage() {
        importCsv(csv(row(), rowWith("notes", "\"never closed")), "").statusCode(422)
                .body("problems[0].reason", startsWith("The file is not valid CSV"));
    }

    @Test
    void nineMegabytesOfGarbageGetAClearMessage() {
        // Just under the tests' body limit (10M); UploadsTest goes over it
        Random random = new Random(2);
        StringBuilder garbage = new StringBuilder(9 * 1024 * 1024);
        while (garbage.length() < 9 * 1024 * 1024) {
            garbage.append((char) (' ' + random.nextInt(95)));
            if (random.nextInt(80) == 0) {
                garbage.append('\n');
            }
        }
        importCsv(garbage.toString(), "").statusCode(422).body("stored", equalTo(false),
                "problems[0].reason", anyOf(containsString("claims CSV"), startsWith("The file is not valid CSV")));
    }
}
