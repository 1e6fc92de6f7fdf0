package org.standby.compensation;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV for spreadsheets: comma separated, CRLF line ends, a field quoted when it holds a
 * comma, a quote, CR or LF (quotes doubled), UTF-8 with a byte order mark so that Excel reads names such as
 * "Zoë Müller-Łukasiewicz" correctly. A text field that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or CR) is prefixed with an apostrophe; numbers are written as given.
 */
public final class CompensationCsvRenderer {

    /** The UTF-8 byte order mark. */
    public static final String BOM = "\uFEFF";

    public static final String MEDIA_TYPE = "text/csv";

    private CompensationCsvRenderer() {}

    /** A cell: text (escaped, formula-guarded) or a number (written plainly). */
    public sealed interface Cell permits Text, Number {}

    public record Text(String value) implements Cell {}

    public record Number(String value) implements Cell {}

    public static Cell text(String value) {
        return new Text(value);
    }

    /** A number with a dot as decimal separator and no exponent, trailing zeros trimmed (1.75, 13, 0.125). */
    public static Cell number(double value) {
        java.math.BigDecimal decimal = java.math.BigDecimal.valueOf(value).stripTrailingZeros();
        if (decimal.scale() < 0) {
            decimal = decimal.setScale(0);
        }
        return new Number(decimal.toPlainString());
    }

    public static Cell number(long value) {
        return new Number(Long.toString(value));
    }

    /** The document as text, starting with the byte order mark. */
    public static String render(List<String> header, List<List<Cell>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        appendLine(out, header.stream().map(h -> (Cell) new Text(h)).toList());
        for (List<Cell> row : rows) {
            appendLine(out, row);
        }
        return out.toString();
    }

    /** The document as UTF-8 bytes, starting with the byte order mark. */
    public static byte[] bytes(List<String> header, List<List<Cell>> rows) {
        return render(header, rows).getBytes(StandardCharsets.UTF_8);
    }

    private static void appendLine(StringBuilder out, List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String field(Cell cell) {
        if (cell instanceof Number number) {
            return number.value();
        }
        String value = ((Text) cell).value();
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
