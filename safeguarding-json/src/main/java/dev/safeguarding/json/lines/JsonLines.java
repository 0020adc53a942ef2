package dev.safeguarding.json.lines;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
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
 * <p><b>Reading</b> is lazy and holds a chunk of {@value #BATCH} lines at a time, so reading any number of
 * lines takes the same memory. Read sequentially, the values come in the file's order. A parallel stream
 * shares the reading between its threads, each parsing a chunk at a time (one chunk per core in memory),
 * and its values come in no particular order: it is unordered, as analytics that count need it to be. Each line is read as {@link SafeguardingJson#read(String, Class)} reads a
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
 * never holds a line break, followed by {@code \n}, in the stream's order. The values are taken from the
 * stream in order and at most {@value #BATCH} are held at a time (a parallel stream's are serialised in
 * parallel, a batch at a time), so writing any number takes the same memory. The writer is flushed, not
 * closed.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class JsonLines {

    /** How many lines are read, or values written, as one batch of a parallel stream: {@value}. */
    public static final int BATCH = 1024;

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
     * At most {@value #BATCH} values are held at a time, however long the stream: the values are taken in
     * order, and those of a parallel stream are serialised in parallel, a batch at a time.
     *
     * @return the number of lines written
     * @throws NullPointerException     if an argument or a value is null
     * @throws IllegalArgumentException if the format has no type for a value
     * @throws UncheckedIOException     if the writer fails
     */
    public long write(Stream<?> values, Writer out) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(out, "out");
        boolean parallel = values.isParallel();
        Iterator<?> iterator = values.iterator();
        List<Object> batch = new ArrayList<>(BATCH);
        long written = 0;
        try {
            while (iterator.hasNext()) {
                batch.clear();
                while (batch.size() < BATCH && iterator.hasNext()) {
                    batch.add(Objects.requireNonNull(iterator.next(), "value"));
                }
                List<String> texts = (parallel ? batch.parallelStream() : batch.stream()).map(json::write).toList();
                for (String text : texts) {
                    out.write(text);
                    out.write('\n');
                }
                written += texts.size();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
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
        LineSource source = new LineSource(Objects.requireNonNull(in, "in"));
        return StreamSupport.stream(new LineSpliterator(source, Runtime.getRuntime().availableProcessors()), false);
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
     * The lines of a reader: read in chunks of {@value #BATCH} non-blank lines, one chunk at a time under a
     * lock, so that the spliterators of a parallel stream can share it. A line longer than the document
     * limit is read through and dropped, and given with no text.
     */
    private static final class LineSource {

        private static final int LIMIT = SafeguardingJson.MAX_DOCUMENT_LENGTH;
        private static final Line[] NONE = new Line[0];

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int end;
        private long number;
        private volatile boolean done;

        LineSource(Reader in) {
            this.in = in;
        }

        boolean isDone() {
            return done;
        }

        /** The next chunk of lines, in order; empty at the end of the input. */
        synchronized Line[] nextChunk() {
            if (done) {
                return NONE;
            }
            Line[] chunk = new Line[BATCH];
            int n = 0;
            while (n < BATCH && !done) {
                Line next = nextLine();
                if (next != null) {
                    chunk[n++] = next;
                }
            }
            return n == BATCH ? chunk : Arrays.copyOf(chunk, n);
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
                done = true;
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The lines of a {@link LineSource}, a chunk at a time. Read sequentially, they come in the file's order.
     * For a parallel stream the first one splits off a few more (one per core): each takes the next chunk
     * when it has finished its own, so the threads share the reading and each holds one chunk. The lines of
     * a parallel stream are therefore in no particular order: it is not {@link Spliterator#ORDERED}.
     * (Splitting off chunks already read, as spliterators of unknown size usually do, lets the chunks pile
     * up faster than they are parsed: memory would grow with the input.)
     */
    private static final class LineSpliterator implements Spliterator<Line> {

        private final LineSource source;
        private int splits;
        private Line[] chunk;
        private int index;

        LineSpliterator(LineSource source, int splits) {
            this.source = source;
            this.splits = splits;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Line> action) {
            if (chunk == null || index == chunk.length) {
                chunk = source.nextChunk();
                index = 0;
                if (chunk.length == 0) {
                    return false;
                }
            }
            action.accept(chunk[index++]);
            return true;
        }

        @Override
        public Spliterator<Line> trySplit() {
            if (splits == 0 || source.isDone()) {
                return null;
            }
            splits--;
            return new LineSpliterator(source, 0);
        }

        @Override
        public long estimateSize() {
            return source.isDone() && (chunk == null || index == chunk.length) ? 0 : Long.MAX_VALUE;
        }

        @Override
        public int characteristics() {
            return Spliterator.NONNULL;
        }
    }
}
