package dev.safeguarding.json.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingJsonException;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.rules.analytics.CaseloadAnalysis;
import dev.safeguarding.rules.synthetic.SyntheticCaseload;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JSON Lines of case records as streams: what is written reads back; a bad line reports its line number and
 * JSON Pointer, and on request is skipped and counted; nothing is lost silently.
 */
class JsonLinesTest {

    private static final JsonLines LINES = JsonLines.standard();
    private static final SyntheticCaseload SYNTHETIC = SyntheticCaseload.of(3L, LocalDate.of(2023, 4, 1),
            LocalDate.of(2025, 3, 31));

    private static String write(Stream<?> values) {
        StringWriter out = new StringWriter();
        LINES.write(values, out);
        return out.toString();
    }

    private static List<CaseRecord> read(String text) {
        try (Stream<CaseRecord> cases = LINES.read(new StringReader(text), CaseRecord.class)) {
            return cases.toList();
        }
    }

    @Test
    void caseRecordsWrittenOneALineReadBackEqualInOrder() {
        List<CaseRecord> cases = SYNTHETIC.cases(500).toList();
        String text = write(cases.stream());

        assertEquals(500, text.lines().count());
        assertTrue(text.endsWith("}\n"));
        assertEquals(cases, read(text));
        assertEquals(text, write(SYNTHETIC.cases(500).parallel()), "a parallel stream is written in its order");
        List<CaseRecord> parallel = new ArrayList<>(LINES.read(new StringReader(text), CaseRecord.class).parallel()
                .toList());
        parallel.sort(Comparator.comparing(r -> Integer.parseInt(r.id().substring("syn-case-".length()))));
        assertEquals(cases, parallel, "read in parallel: every case once, in no particular order");
    }

    @Test
    void writingCountsTheLinesAndFlushes() {
        StringWriter target = new StringWriter();
        boolean[] flushed = {false};
        Writer out = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                target.write(chars, offset, length);
            }

            @Override
            public void flush() {
                flushed[0] = true;
            }

            @Override
            public void close() {
            }
        };
        assertEquals(3, LINES.write(Stream.of(LevelOfNeed.UNIVERSAL, Child.born("c", LocalDate.of(2020, 1, 1)),
                LevelOfNeed.ACUTE), out));
        assertTrue(flushed[0]);
        assertEquals("\"UNIVERSAL\"\n{\"id\":\"c\",\"dateOfBirth\":\"2020-01-01\"}\n\"ACUTE\"\n", target.toString());
    }

    @Test
    void aBadLineStopsTheReadWithItsLineNumberAndPointerButNotItsValue() {
        List<String> lines = new ArrayList<>(write(SYNTHETIC.cases(5)).lines().toList());
        lines.set(3, lines.get(3).replaceFirst("\"dateOfBirth\":\"\\d{4}-\\d{2}-\\d{2}\"",
                "\"dateOfBirth\":\"2019-02-30\""));
        String text = String.join("\n", lines);

        JsonLinesException e = assertThrows(JsonLinesException.class, () -> read(text));

        assertEquals(4, e.lineNumber());
        assertEquals("/child/dateOfBirth", e.path());
        assertEquals("line 4, /child/dateOfBirth: expected a date that exists, as yyyy-MM-dd", e.getMessage());
        assertFalse(e.getMessage().contains("2019-02-30"));
        assertTrue(e.getCause() instanceof SafeguardingJsonException);
    }

    @Test
    void onRequestBadLinesAreSkippedAndCountedAndNothingIsLost() {
        List<String> lines = new ArrayList<>(write(SYNTHETIC.cases(20)).lines().toList());
        lines.set(2, "{\"id\":\"broken\",");                               // malformed JSON
        lines.set(7, lines.get(7).replace("\"kind\":\"REFERRAL\"", "\"kind\":\"REFERAL\""));
        lines.set(11, "");                                                  // blank: no value, not bad
        lines.set(15, "[]");                                                // not an object
        String text = String.join("\n", lines) + "\n";
        SkippedLines skipped = new SkippedLines();

        List<CaseRecord> read;
        try (Stream<CaseRecord> cases = LINES.read(new StringReader(text), CaseRecord.class, skipped)) {
            read = cases.toList();
        }

        assertEquals(16, read.size());
        assertEquals(3, skipped.count());
        assertEquals(List.of(3L, 8L, 16L), skipped.lineNumbers());
        assertEquals(20, read.size() + skipped.count() + 1, "every line is a value, a skipped line or a blank one");
        JsonLinesException kind = skipped.examples().get(1);
        assertTrue(kind.path().matches("/chronology/entries/\\d+/kind"), kind.path());
        assertEquals("/id", skipped.examples().get(0).path(), "incomplete: where the parser stopped");
        assertEquals("line 3, /id: malformed JSON at column 16", skipped.examples().get(0).getMessage());
        assertEquals("", skipped.examples().get(2).path(), "an array where a record belongs");
        assertEquals("SkippedLines{count=3, lines [3, 8, 16]}", skipped.toString());
    }

    @Test
    void skippedLinesKeepTheFirstHundredByLineNumberAndCountTheRest() {
        String text = Stream.generate(() -> "nonsense").limit(250).collect(Collectors.joining("\n"));
        SkippedLines skipped = new SkippedLines();
        assertEquals(0, LINES.read(new StringReader(text), CaseRecord.class, skipped).parallel().count());
        assertEquals(250, skipped.count());
        assertEquals(SkippedLines.EXAMPLES, skipped.examples().size());
        assertEquals(1, skipped.examples().get(0).lineNumber());
        assertEquals(100, skipped.examples().get(99).lineNumber());
        assertTrue(skipped.toString().endsWith("and more}"));
    }

    @Test
    void blankLinesCrLfEndingsAndAByteOrderMarkAreReadAndLineNumbersCountEveryLine() {
        String one = write(SYNTHETIC.cases(1)).trim();
        String text = "\uFEFF" + one + "\r\n\r\n   \n" + one + "\r\n" + "{\n";
        JsonLinesException e = assertThrows(JsonLinesException.class, () -> read(text));
        assertEquals(5, e.lineNumber(), "the fifth line is the bad one: the blank ones count");
        assertEquals(2, read("\uFEFF" + one + "\r\n\r\n   \n" + one).size());
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("\n\n"));
    }

    @Test
    void aLineLongerThanTheLimitIsABadLineAndIsNotHeld() {
        String one = write(SYNTHETIC.cases(1)).trim();
        String huge = "\"" + "x".repeat(SafeguardingJson.MAX_DOCUMENT_LENGTH) + "\"";
        SkippedLines skipped = new SkippedLines();
        List<CaseRecord> read = LINES.read(new StringReader(one + "\n" + huge + "\n" + one), CaseRecord.class, skipped)
                .toList();
        assertEquals(2, read.size());
        assertEquals(1, skipped.count());
        assertEquals(2, skipped.examples().get(0).lineNumber());
        assertTrue(skipped.examples().get(0).getMessage().contains("MAX_DOCUMENT_LENGTH"));
    }

    /** Read in parallel, a file of many chunks gives every line once, and counts every bad line once. */
    @Test
    void aLongFileReadInParallelLosesAndRepeatsNothing() {
        int n = 5 * JsonLines.BATCH + 17;
        String text = Stream.iterate(0, i -> i + 1).limit(n)
                .map(i -> i % 100 == 7 ? "bad " + i : "{\"id\":\"c" + i + "\",\"dateOfBirth\":\"2020-01-01\"}")
                .collect(Collectors.joining("\n"));
        SkippedLines skipped = new SkippedLines();
        List<String> ids = LINES.read(new StringReader(text), Child.class, skipped).parallel().map(Child::id).toList();
        assertEquals(n - skipped.count(), ids.size());
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertEquals((n + 92) / 100, skipped.count());
        assertEquals(8, skipped.lineNumbers().get(0));
    }

    @Test
    void anyInputReadLenientlyGivesValuesPlusSkippedLinesPlusBlankLines() {
        Gen<String> line = Gen.oneOfGens(Gen.constant(""), Gen.constant("{"), Gen.text(1, 20),
                Gen.longs(0, 10_000).map(i -> write(Stream.of(SYNTHETIC.caseAt(i))).trim()));
        Property.forAll(200, Gen.lists(line, 0, 12), lines -> {
            String text = String.join("\n", lines);
            long blank = text.isEmpty() ? 0 : text.lines().filter(l -> l.strip().isEmpty()).count();
            long total = text.isEmpty() ? 0 : text.lines().count();
            SkippedLines skipped = new SkippedLines();
            long values = LINES.read(new StringReader(text), CaseRecord.class, skipped).count();
            assertEquals(total, values + skipped.count() + blank);
        });
    }

    @Test
    void readingThroughJsonLinesAnalysesAsTheCasesThemselves() {
        String text = write(SYNTHETIC.cases(300));
        CaseloadAnalysis analysis = CaseloadAnalysis.of(LocalDate.of(2025, 3, 31));
        assertEquals(analysis.analyse(SYNTHETIC.cases(300)), analysis.analyse(LINES.read(new StringReader(text),
                CaseRecord.class).parallel()));
    }

    @Test
    void misuseFailsAtOnceAndReaderErrorsAreNotSwallowed() {
        assertThrows(IllegalArgumentException.class, () -> LINES.read(new StringReader(""), String.class));
        assertThrows(NullPointerException.class, () -> LINES.read((Reader) null, CaseRecord.class));
        assertThrows(IllegalArgumentException.class, () -> LINES.write(Stream.of(new Object()), new StringWriter()));
        Reader failing = new Reader() {
            @Override
            public int read(char[] chars, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThrows(UncheckedIOException.class, () -> LINES.read(failing, CaseRecord.class, new SkippedLines())
                .count());
        assertEquals("JsonLines[SafeguardingJson[lenient]]", JsonLines.of(SafeguardingJson.lenient()).toString());
    }
}
