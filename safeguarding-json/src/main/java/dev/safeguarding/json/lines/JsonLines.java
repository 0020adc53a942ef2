package dev.safeguarding.json.lines;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines (one JSON value per line, {@code \n} between lines) in the library's format, as streams: for
 * researchers' bulk files of case records, and any other model type.
 *
 * <pre>{@code
 * JsonLines lines = JsonLines.standard();
 * try (Writer out = Files.newBufferedWriter(file)) {
 *     lines.write(SyntheticCaseload.of(42L, from, to).cases(100_000), out);
 * }
 * try (Reader in = Files.newBufferedReader(file); Stream<CaseRecord> cases = lines.read(in, CaseRecord.class)) {
 *     CaseloadStatistics stats = CaseloadAnalysis.of(to).analyse(cases);
 * }
 * }</pre>
 *
 * <p><b>Reading</b> is lazy and holds one line at a time (a parallel stream reads batches of lines and
 * parses them in parallel). Each line is read as {@link SafeguardingJson#read(String, Class)} reads a
 * document, with the same strictness and limits ({@link SafeguardingJson#MAX_DOCUMENT_LENGTH} characters a
 * line; a longer line is a bad line, and is not held in memory). A bad line is a {@link JsonLinesException}
 * with its line number and the JSON Pointer of the bad value:
 * <ul>
 *   <li>{@link #read(Reader, Class)} stops at it: the exception is thrown from the stream's terminal
 *       operation (in a parallel stream, for a bad line, not necessarily the first);</li>
 *   <li>{@link #read(Reader, Class, SkippedLines)} skips it and counts it in {@link SkippedLines}, with the
 *       first hundred kept, and reads on.</li>
 * </ul>
 * Nothing is lost silently: every line is a value of the stream, a bad line (thrown or counted), or a blank
 * line (only white space), which holds no value and is passed over, as the JSON Lines convention allows
 * for a final newline. Lines end at {@code \n}; a {@code \r} before it is white space; a byte order mark at
 * the start of the file is ignored. The line numbers count every line, blank ones too. The reader is not
 * closed: its owner closes it.
 *
 * <p><b>Writing</b> writes each value of the stream as compact JSON ({@link SafeguardingJson#write}), which
 * never holds a line break, followed by {@code \n}, in the stream's order; a parallel stream is serialised in
 * parallel and written in order. The writer is flushed, not closed.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class JsonLines {

    private static final JsonLines STANDARD = new JsonLines(SafeguardingJson.standard());

    private final SafeguardingJson json;

    private JsonLines(SafeguardingJson json) {
        this.json = json;
    }

    /** JSON Lines in the standard (strict) format. */
    public static JsonLines standard() {
        return STANDARD;
    }

    /** JSON Lines in {@code json}'s format, for example {@link SafeguardingJson#lenient()}. */
    public static JsonLines of(SafeguardingJson json) {
        return new JsonLines(Objects.requireNonNull(json, "json"));
    }

    /**
     * The values of {@code type}, one a line, that {@code in} holds; the first bad line ends the stream with a
     * {@link JsonLinesException}.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     */
    public <T> Stream<T> read(Reader in, Class<T> type) {
        checkType(type);
        return lines(in).map(line -> parse(line, type));
    }

    /**
     * The values of {@code type}, one a line, that {@code in} holds; each bad line is skipped and counted in
     * {@code skipped}. An error of the reader itself ({@link UncheckedIOException}) still ends the stream.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     */
    public <T> Stream<T> read(Reader in, Class<T> type, SkippedLines skipped) {
        checkType(type);
        Objects.requireNonNull(skipped, "skipped");
        return lines(in).<T>mapMulti((line, values) -> {
            try {
                values.accept(parse(line, type));
            } catch (JsonLinesException e) {
                skipped.add(e);
            }
        });
    }

    /**
     * Writes each value of {@code values} to {@code out} as one line, in order, then flushes {@code out}.
     *
     * @return the number of lines written
     * @throws NullPointerException     if an argument or a value is null
     * @throws IllegalArgumentException if the format has no type for a value
     * @throws UncheckedIOException     if the writer fails
     */
    public long write(Stream<?> values, Writer out) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(out, "out");
        long[] written = new long[1];
        values.map(json::write).forEachOrdered(text -> {
            try {
                out.write(text);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written[0]++;
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    /** The format's standard or lenient reading. */
    @Override
    public String toString() {
        return "JsonLines[" + json + "]";
    }

    /** Fails now, rather than at the first line, if the format has no type {@code type}. */
    private void checkType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        try {
            json.read("null", type);   // the type is looked up before the text is read
        } catch (SafeguardingJsonException expected) {
            // a type the format has: "null" is not one of its values
        }
    }

    private <T> T parse(Line line, Class<T> type) {
        if (line.text == null) {
            throw new JsonLinesException(line.number, "", "longer than the limit of "
                    + SafeguardingJson.MAX_DOCUMENT_LENGTH + " characters (SafeguardingJson.MAX_DOCUMENT_LENGTH)", null);
        }
        try {
            return json.read(line.text, type);
        } catch (SafeguardingJsonException e) {
            String message = e.getMessage();
            String prefix = (e.path().isEmpty() ? "(document)" : e.path()) + ": ";
            message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            // the document is the one line: its "line 1, column n" is the column of this line
            throw new JsonLinesException(line.number, e.path(), message.replace(" at line 1, column ", " at column "), e);
        }
    }

    private static Stream<Line> lines(Reader in) {
        return StreamSupport.stream(new LineSpliterator(Objects.requireNonNull(in, "in")), false);
    }

    /** One line of the file: its number and text, or no text when it was too long to hold. */
    private static final class Line {
        final long number;
        final String text;

        Line(long number, String text) {
            this.number = number;
            this.text = text;
        }
    }

    /**
     * The non-blank lines of a reader, with their numbers. A line longer than the document limit is read
     * through and dropped, and given with no text. Splits (for parallel streams) in batches, through
     * {@link Spliterators.AbstractSpliterator}.
     */
    private static final class LineSpliterator extends Spliterators.AbstractSpliterator<Line> {

        private static final int LIMIT = SafeguardingJson.MAX_DOCUMENT_LENGTH;

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int end;
        private long number;
        private boolean done;
        private final StringBuilder line = new StringBuilder();

        LineSpliterator(Reader in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Line> action) {
            while (!done) {
                Line next = nextLine();
                if (next != null) {
                    action.accept(next);
                    return true;
                }
            }
            return false;
        }

        /** The next line, or null for a blank line or the end of the input (then {@code done}). */
        private Line nextLine() {
            line.setLength(0);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == end) {
                    fill();
                    if (end < 0) {
                        done = true;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int start = position;
                while (position < end && buffer[position] != '\n') {
                    position++;
                }
                if (!tooLong) {
                    if (line.length() + (position - start) > LIMIT) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(buffer, start, position - start);
                    }
                }
                if (position < end) {
                    position++;
                    break;
                }
            }
            number++;
            if (number == 1 && line.length() > 0 && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
            if (tooLong) {
                return new Line(number, null);
            }
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t' && c != '\r') {
                    return new Line(number, line.toString());
                }
            }
            return null;
        }

        private void fill() {
            try {
                end = in.read(buffer, 0, buffer.length);
                position = 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
