package org.hasila.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;

import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run lose their power; everything else, numbers included, stays as it was. */
class SpreadsheetCsvTest {

    @Test
    void aCellThatWouldStartAFormulaStartsWithASingleQuote() {
        for (String formula : new String[] { "=HYPERLINK(\"https://evil.example\",\"x\")", "+1+1", "-2+3",
                "@SUM(1+1)", "\t=1+1", "\r=1+1", "-", "+" }) {
            assertEquals("'" + formula, SpreadsheetCsv.cell(formula), formula);
        }
    }

    @Test
    void numbersAndOtherTextStayAsTheyWere() {
        for (String kept : new String[] { "47", "-47", "+47", "1.5", "-0.25", "Azerbaijan", "a=b", " =1+1", "'quoted",
                "", "وأعلنت أذربيجان" }) {
            assertEquals(kept, SpreadsheetCsv.cell(kept), kept);
        }
        assertEquals(47L, SpreadsheetCsv.cell(47L));
        assertEquals(null, SpreadsheetCsv.cell(null));
    }

    @Test
    void theFileHasAByteOrderMarkAndEveryCellQuoted() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = SpreadsheetCsv.printer(out)) {
            printer.printRecord(SpreadsheetCsv.cell("=1+1"), SpreadsheetCsv.cell("say \"hi\""), 47);
        }
        assertEquals("\uFEFF\"'=1+1\",\"say \"\"hi\"\"\",\"47\"\r\n", out.toString());
    }
}
