package dev.safeguarding.json.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines files as a careless exporter and an attacker write them: a truncated last line, CRLF, a byte
 * order mark, blank lines, a 10 MB line, bytes that are not UTF-8, lines at the size limit. The counts of
 * values and of skipped lines are exact, the line numbers right, and nothing before or after a bad line is
 * lost.
 */
class JsonLinesFaultsTest {

    private static final JsonLines LINES = JsonLines.standard();
    private static final int LIMIT = SafeguardingJson.MAX_DOCUMENT_LENGTH;
    private static final String CHILD = "{\"id\":\"c-%d\",\"dateOfBirth\":\"2015-06-01\"}";

    @TempDir
    Path dir;

    private static String child(int n) {
        return String.format(CHILD, n);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The ids read and the lines skipped, reading {@code bytes} as a stream of bytes. */
    private static Result readBytes(byte[] bytes) {
        SkippedLines skipped = new SkippedLines();
        try (Stream<Child> children = LINES.read(new ByteArrayInputStream(bytes), Child.class, skipped)) {
            return new Result(children.map(Child::id).toList(), skipped);
        }
    }

    private static Result readChars(String text) {
        SkippedLines skipped = new SkippedLines();
        try (Stream<Child> children = LINES.read(new StringReader(text), Child.class, skipped)) {
            return new Result(children.map(Child::id).toList(), skipped);
        }
    }

    private record Result(List<String> ids, SkippedLines skipped) {
    }

    @Test
    void oneByteThatIsNotUtf8MakesItsLineABadLineAndNothingAroundItIsLost() {
        byte[] file = concat(utf8(child(1) + "\n" + child(2) + "\n"),
                utf8("{\"id\":\"c-3\",\"dateOfBirth\":\"2015-06-01\",\"name\":\"Ann"), new byte[] {(byte) 0xFF},
                utf8("\"}\n" + child(4) + "\n" + child(5) + "\n"));

        Result result = readBytes(file);

        assertEquals(List.of("c-1", "c-2", "c-4", "c-5"), result.ids());
        assertEquals(1, result.skipped().count());
        JsonLinesException bad = result.skipped().examples().get(0);
        assertEquals(3, bad.lineNumber());
        assertEquals("", bad.path());
        assertEquals("line 3, (line): not valid UTF-8, from byte 51 of the line: each line is decoded as UTF-8 "
                + "on its own", bad.getMessage());
    }

    @Test
    void aFileWithABadByteIsReadLineByLineFromItsPath() throws IOException {
        Path file = dir.resolve("children.jsonl");
        // a surrogate encoded in UTF-8 (CESU) and a truncated sequence are not UTF-8 either
        Files.write(file, concat(utf8(child(1) + "\n"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'},
                utf8(child(3) + "\n"), utf8("{\"id\":\"c-4\""), new byte[] {(byte) 0xE2, (byte) 0x82, '\n'},
                utf8(child(5))));
        SkippedLines skipped = new SkippedLines();
        List<String> ids;
        try (Stream<Child> children = LINES.read(file, Child.class, skipped)) {
            ids = children.map(Child::id).toList();
        }

        assertEquals(List.of("c-1", "c-3", "c-5"), ids);
        assertEquals(List.of(2L, 4L), skipped.lineNumbers());
    }

    @Test
    void readingStrictlyAByteThatIsNotUtf8StopsAtItsLineAfterTheLinesBeforeIt() {
        byte[] file = concat(utf8(child(1) + "\n" + child(2) + "\n"), new byte[] {(byte) 0xC3, '\n'},
                utf8(child(4) + "\n"));
        List<String> ids = new ArrayList<>();
        try (Stream<Child> children = LINES.read(new ByteArrayInputStream(file), Child.class)) {
            Iterator<Child> iterator = children.iterator();
            JsonLinesException e = assertThrows(JsonLinesException.class, () -> {
                while (iterator.hasNext()) {
                    ids.add(iterator.next().id());
                }
            });
            assertEquals(3, e.lineNumber());
        }
        assertEquals(List.of("c-1", "c-2"), ids);
    }

    @Test
    void aReaderThatReportsABadByteEndsTheReadButTheLinesItGaveBeforeAreDelivered() throws IOException {
        // issue 13: with Files.newBufferedReader, the good lines before the bad byte in its batch were lost
        StringBuilder good = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            good.append(child(i)).append('\n');
        }
        Path file = dir.resolve("reader.jsonl");
        Files.write(file, concat(utf8(good.toString()), new byte[] {(byte) 0xFF, '\n'}, utf8(child(5002) + "\n")));
        List<String> ids = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file);
                Stream<Child> children = LINES.read(in, Child.class, new SkippedLines())) {
            assertThrows(UncheckedIOException.class, () -> children.forEach(child -> ids.add(child.id())));
        }
        // The reader itself holds back what it decoded last before the bad byte; what it gave is delivered,
        // more than the four whole batches of 1,024 lines that were all a read delivered before.
        assertTrue(ids.size() > 4 * JsonLines.BATCH, () -> ids.size() + " lines delivered");
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("c-" + (i + 1), ids.get(i));
        }
    }

    @Test
    void crlfAByteOrderMarkBlankLinesAndATruncatedLastLineAreCountedExactly() {
        String text = "\uFEFF" + child(1) + "\r\n\r\n \t \n" + child(4) + "\r\n\n" + child(6) + "\n"
                + child(7).substring(0, 20);
        byte[] bytes = utf8(text);

        for (Result result : List.of(readChars(text), readBytes(bytes))) {
            assertEquals(List.of("c-1", "c-4", "c-6"), result.ids());
            assertEquals(List.of(7L), result.skipped().lineNumbers());
            String message = result.skipped().examples().get(0).getMessage();
            assertTrue(message.startsWith("line 7, ") && message.contains("unexpected end of input"), message);
        }
        assertEquals(List.of("c-1"), readBytes(utf8("\uFEFF" + child(1))).ids(), "a last line without \\n is read");
    }

    @Test
    void aTenMegabyteLineIsOneBadLineAndTheLinesAroundItAreRead() {
        String huge = "{\"id\":\"" + "x".repeat(10_000_000) + "\"}";
        String text = child(1) + "\n" + huge + "\n" + child(3) + "\n";

        for (Result result : List.of(readChars(text), readBytes(utf8(text)))) {
            assertEquals(List.of("c-1", "c-3"), result.ids());
            assertEquals(List.of(2L), result.skipped().lineNumbers());
            assertEquals("line 2, (line): longer than the limit of 1000000 characters "
                    + "(SafeguardingJson.MAX_DOCUMENT_LENGTH)", result.skipped().examples().get(0).getMessage());
        }
    }

    /** A line of exactly {@code length} characters holding a valid value: worries of text, padded with spaces. */
    private static String threeHousesLine(int length, char letter) {
        StringBuilder line = new StringBuilder("{\"childId\":\"c-1\",\"recordedOn\":\"2024-01-01\",\"worries\":[");
        String worry = String.valueOf(letter).repeat(SafeguardingJson.MAX_STRING_LENGTH - 10);
        while (line.length() + worry.length() + 10 < length) {
            line.append(line.charAt(line.length() - 1) == '[' ? "" : ",").append('"').append(worry).append('"');
        }
        line.append("]}");
        line.append(" ".repeat(length - line.length()));
        assertEquals(length, line.length());
        return line.toString();
    }

    @Test
    void linesAtTheSizeLimitAreReadAndOneCharacterMoreIsABadLine() {
        for (char letter : new char[] {'a', 'ł', '€'}) {   // one, two and three bytes of UTF-8
            String text = threeHousesLine(LIMIT, letter) + "\n" + threeHousesLine(LIMIT + 1, letter) + "\n"
                    + threeHousesLine(LIMIT, letter);
            SkippedLines fromChars = new SkippedLines();
            SkippedLines fromBytes = new SkippedLines();
            long read = LINES.read(new StringReader(text), ThreeHouses.class, fromChars).count()
                    + LINES.read(new ByteArrayInputStream(utf8(text)), ThreeHouses.class, fromBytes).count();

            assertEquals(4, read, "letter " + letter);
            assertEquals(List.of(2L), fromChars.lineNumbers());
            assertEquals(List.of(2L), fromBytes.lineNumbers());
        }
    }

    @Test
    void anErrorOfTheStreamEndsTheReadAfterTheLinesBeforeIt() {
        byte[] good = utf8(child(1) + "\n" + child(2) + "\n");
        InputStream failing = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position < good.length) {
                    return good[position++];
                }
                throw new IOException("disk gone");
            }
        };
        List<String> ids = new ArrayList<>();
        assertThrows(UncheckedIOException.class, () -> LINES.read(failing, Child.class, new SkippedLines())
                .forEach(child -> ids.add(child.id())));
        assertEquals(List.of("c-1", "c-2"), ids);
    }

    @Test
    void theLinesOfAFileAreTheSameReadAsBytesOrAsCharacters() {
        String text = child(1) + "\n" + "{\"id\":\"c-2\",\"dateOfBirth\":\"2015-02-30\"}\n" + "[\n" + child(4);
        Result chars = readChars(text);
        Result bytes = readBytes(utf8(text));

        assertEquals(chars.ids(), bytes.ids());
        assertEquals(chars.skipped().lineNumbers(), bytes.skipped().lineNumbers());
        assertEquals(chars.skipped().examples().toString(), bytes.skipped().examples().toString());
        assertFalse(chars.skipped().examples().get(0).getMessage().contains("2015-02-30"));
    }

    @Test
    void misuseOfTheNewOverloadsFailsAtOnce() {
        assertThrows(NullPointerException.class, () -> LINES.read((InputStream) null, Child.class));
        assertThrows(NullPointerException.class, () -> LINES.read((Path) null, Child.class));
        assertThrows(UncheckedIOException.class, () -> LINES.read(dir.resolve("missing.jsonl"), Child.class));
        assertThrows(IllegalArgumentException.class, () -> LINES.read(new ByteArrayInputStream(new byte[0]),
                String.class));
        assertEquals(LocalDate.of(2015, 6, 1), LINES.read(new ByteArrayInputStream(utf8(child(1))), Child.class)
                .findFirst().orElseThrow().dateOfBirth().orElseThrow());
    }
}
