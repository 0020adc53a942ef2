package dev.safeguarding.cli;

import java.io.PrintWriter;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, and a field that holds a
 * comma, a double quote, a carriage return or a line feed enclosed in double quotes, each double quote in
 * it doubled.
 *
 * <p>Source: RFC 4180, <i>Common Format and MIME Type for Comma-Separated Values (CSV) Files</i>, section 2.
 */
final class Csv {

    private Csv() {
    }

    /** Writes one record of {@code fields}. */
    static void record(PrintWriter out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.print(',');
            }
            out.print(field(fields[i]));
        }
        out.print("\r\n");
    }

    /** {@code value} as a field: as it is, or quoted if it must be. */
    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
