package org.hasila.kernel;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for people who open it in a spreadsheet (docs/security.md, "CSV formula injection"): a cell that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first) starts with a
 * single quote instead, every cell with a value is quoted (OWASP's advice), and the file starts with a byte-order mark, without
 * which Excel reads UTF-8 (Arabic) as another encoding. Numbers, negative ones too, stay numbers.
 */
public final class SpreadsheetCsv {

    /** RFC 4180 with every cell that has a value quoted; a missing value stays an empty field. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetCsv() {
    }

    /** A printer of spreadsheet-safe CSV that has written the byte-order mark; cells go through {@link #cell}. */
    public static CSVPrinter printer(Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        return new CSVPrinter(out, FORMAT);
    }

    /** The value as a spreadsheet shows it and never runs it: a formula's first character is quoted away. */
    public static Object cell(Object value) {
        if (!(value instanceof String text) || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return value;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
