package dev.safeguarding.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV as RFC 4180, section 2, writes it: "Fields containing line breaks (CRLF), double quotes, and commas should
 * be enclosed in double-quotes"; "a double-quote appearing inside a field must be escaped by preceding it with
 * another double quote"; "Each record is located on a separate line, delimited by a line break (CRLF)".
 */
class CsvTest {

    @Test
    void aPlainFieldIsWrittenAsItIs() {
        assertEquals("8670Q", Csv.field("8670Q"));
        assertEquals("Message/Children/Child[3]/UPN", Csv.field("Message/Children/Child[3]/UPN"));
        assertEquals("", Csv.field(""));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"the \"\"21\"\" code\"", Csv.field("the \"21\" code"));
        assertEquals("\"one\ntwo\"", Csv.field("one\ntwo"));
        assertEquals("\"one\r\ntwo\"", Csv.field("one\r\ntwo"));
    }

    @Test
    void aRecordEndsWithCrLfAndReadsBackFieldForField() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        List<String> fields = List.of("8869", "ERROR", "A1", "Message/Children", "say \"no\", twice,\r\nthen stop");
        Csv.record(out, fields.toArray(String[]::new));
        Csv.record(out, "x");
        out.flush();
        assertEquals("8869,ERROR,A1,Message/Children,\"say \"\"no\"\", twice,\r\nthen stop\"\r\nx\r\n", text.toString());
        assertEquals(List.of(fields, List.of("x")), CliTest.parseCsv(text.toString()));
    }
}
