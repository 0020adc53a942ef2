package dev.safeguarding.json.lines;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines (one JSON value per line, {@code \n} between lines) in the library's format, as streams: for
 * researchers' bulk files of case records, and any other model type.
 *
 * <pre>{@code
 * JsonLines lines = JsonLines.standard();
 * try (Writer out = Files.newBufferedWriter(file)) {
 *     lines.write(SyntheticCaseload.of(42L, from, to).cases(100_000), out);
 * }
 * SkippedLines skipped = new SkippedLines();
 * try (Stream<CaseRecord> cases = lines.read(file, CaseRecord.class, skipped)) {
 *     CaseloadStatistics stats = CaseloadAnalysis.of(to).analyse(cases);
 * }
 * }</pre>
 *
 * <p><b>Reading</b> is lazy. Read sequentially, the values come in the file's order. A parallel stream
 * shares the reading between its threads, each parsing a batch of lines at a time, and its values come in
 * no particular order: it is unordered, as analytics that count need it to be. Each line is read as
 * {@link SafeguardingJson#read(String, Class)} reads a document, with the same strictness and limits
 * ({@link SafeguardingJson#MAX_DOCUMENT_LENGTH} characters a line; a longer line is a bad line, and is not
 * held in memory). A bad line is a {@link JsonLinesException} with its line number and the JSON Pointer of
 * the bad value, and a message as safe to log as {@link SafeguardingJsonException}'s:
 * <ul>
 *   <li>{@link #read(InputStream, Class)} and its siblings without {@link SkippedLines} stop at it: the
 *       exception is thrown from the stream's terminal operation (in a parallel stream, for a bad line, not
 *       necessarily the first);</li>
 *   <li>{@link #read(InputStream, Class, SkippedLines)} and its siblings skip it and count it in
 *       {@link SkippedLines}, with the first hundred kept, and read on.</li>
 * </ul>
 * Nothing is lost silently: every line is a value of the stream, a bad line (thrown or counted), or a blank
 * line (only white space), which holds no value and is passed over, as the JSON Lines convention allows
 * for a final newline. Lines end at {@code \n}; a {@code \r} before it is white space; a byte order mark at
 * the start of the file is ignored; a last line without {@code \n} is a line. The line numbers count every
 * line, blank ones too. An error of the input itself ({@link UncheckedIOException}) ends the stream, after
 * the lines read before it.
 *
 * <p><b>Bytes or characters.</b> JSON Lines files are UTF-8. Read from a {@link Path} or an
 * {@link InputStream}, each line is decoded on its own, strictly: a byte that is not UTF-8 makes its line a
 * bad line ("not valid UTF-8, from byte 7 of the line"), with its number, and the lines before and after
 * it are read as ever. A {@link Reader} has decoded the bytes before this class sees them, so the
 * {@code Reader} overloads cannot do that: a reader that reports bad bytes (as
 * {@code Files.newBufferedReader} does) ends the whole stream with an {@link UncheckedIOException} that
 * names no line, and a reader that replaces them (as {@code new InputStreamReader(in, UTF_8)} does) turns
 * them silently into U+FFFD. Prefer the {@code Path} and {@code InputStream} overloads for files.
 *
 * <p><b>Memory</b> is bounded by bytes, whatever the file holds: lines are read in batches of at most
 * {@value #BATCH} lines and at most {@value #BATCH_BYTES} bytes of text (counting two bytes a character,
 * the most a Java string takes), and a read holds at most {@value #MAX_BATCHES} batches at a time: one when
 * read sequentially, one per thread of a parallel stream, which parses with at most that many threads. So a
 * read holds at most {@value #MAX_READ_BYTES} bytes of lines, besides, for each thread, the line being
 * parsed and its tree, and the line being read (at most {@link SafeguardingJson#MAX_DOCUMENT_LENGTH}
 * characters, or three bytes each for a stream of bytes). The reader or stream given is not closed: its
 * owner closes it; the file of a {@code Path} is closed when the stream is.
 *
 * <p><b>Writing</b> writes each value of the stream as compact JSON ({@link SafeguardingJson#write}), which
 * never holds a line break, followed by {@code \n}, in the stream's order. The values are taken from the
 * stream in order and at most {@value #BATCH} are held at a time (a parallel stream's are serialised in
 * parallel, a batch at a time), so writing any number takes the same memory. The writer is flushed, not
 * closed. The model's values are always text (never an unpaired UTF-16 surrogate), so a UTF-8 writer never
 * fails on them.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class JsonLines {

    /** The most lines read, or values written, as one batch: {@value}. */
    public static final int BATCH = 1024;

    /** The most bytes of line text one batch of a read holds, two bytes a character: {@value} (8 MiB). */
    public static final int BATCH_BYTES = 8 * 1024 * 1024;

    /** The most batches a read holds at a time, and so the most threads a parallel read parses with: {@value}. */
    public static final int MAX_BATCHES = 8;

    /** The most bytes of line text a read holds at a time, in all its batches: {@value} (64 MiB). */
    public static final long MAX_READ_BYTES = (long) BATCH_BYTES * MAX_BATCHES;

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
     * The values of {@code type}, one a line, that the UTF-8 file {@code file} holds; the first bad line ends
     * the stream with a {@link JsonLinesException}. Close the stream to close the file.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     * @throws UncheckedIOException     if the file cannot be opened
     */
    public <T> Stream<T> read(Path file, Class<T> type) {
        checkType(type);
        InputStream in = open(file);
        return read(in, type).onClose(() -> close(in));
    }

    /**
     * The values of {@code type}, one a line, that the UTF-8 file {@code file} holds; each bad line, a line
     * that is not UTF-8 too, is skipped and counted in {@code skipped}. Close the stream to close the file.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     * @throws UncheckedIOException     if the file cannot be opened
     */
    public <T> Stream<T> read(Path file, Class<T> type, SkippedLines skipped) {
        checkType(type);
        Objects.requireNonNull(skipped, "skipped");
        InputStream in = open(file);
        return read(in, type, skipped).onClose(() -> close(in));
    }

    /**
     * The values of {@code type}, one a line, that the UTF-8 bytes of {@code in} hold, each line decoded on
     * its own; the first bad line, a line that is not UTF-8 too, ends the stream with a
     * {@link JsonLinesException}.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     */
    public <T> Stream<T> read(InputStream in, Class<T> type) {
        checkType(type);
        return values(new ByteLineSource(Objects.requireNonNull(in, "in")), type);
    }

    /**
     * The values of {@code type}, one a line, that the UTF-8 bytes of {@code in} hold, each line decoded on
     * its own; each bad line, a line that is not UTF-8 too, is skipped and counted in {@code skipped}. An
     * error of the stream itself ({@link UncheckedIOException}) still ends the stream, after the lines read
     * before it.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     */
    public <T> Stream<T> read(InputStream in, Class<T> type, SkippedLines skipped) {
        checkType(type);
        Objects.requireNonNull(skipped, "skipped");
        return values(new ByteLineSource(Objects.requireNonNull(in, "in")), type, skipped);
    }

    /**
     * The values of {@code type}, one a line, that {@code in} holds; the first bad line ends the stream with a
     * {@link JsonLinesException}. The reader has decoded the bytes already: see "Bytes or characters" above
     * for what it cannot do that {@link #read(InputStream, Class)} does.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     */
    public <T> Stream<T> read(Reader in, Class<T> type) {
        checkType(type);
        return values(new CharLineSource(Objects.requireNonNull(in, "in")), type);
    }

    /**
     * The values of {@code type}, one a line, that {@code in} holds; each bad line is skipped and counted in
     * {@code skipped}. An error of the reader itself ({@link UncheckedIOException}), such as a byte that its
     * decoder reports, still ends the stream, after the lines read before it, and names no line: see
     * "Bytes or characters" above, and prefer {@link #read(InputStream, Class, SkippedLines)}.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the format has no type {@code type}
     */
    public <T> Stream<T> read(Reader in, Class<T> type, SkippedLines skipped) {
        checkType(type);
        Objects.requireNonNull(skipped, "skipped");
        return values(new CharLineSource(Objects.requireNonNull(in, "in")), type, skipped);
    }

    private <T> Stream<T> values(LineSource source, Class<T> type) {
        return lines(source).map(line -> parse(line, type));
    }

    private <T> Stream<T> values(LineSource source, Class<T> type, SkippedLines skipped) {
        return lines(source).<T>mapMulti((line, values) -> {
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

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(Objects.requireNonNull(file, "file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T parse(Line line, Class<T> type) {
        if (line.text == null && line.ascii == null) {
            throw new JsonLinesException(line.number, "", line.error, null);
        }
        try {
            return line.ascii != null ? json.read(line.ascii, type) : json.read(line.text, type);
        } catch (SafeguardingJsonException e) {
            String message = e.getMessage();
            String prefix = (e.path().isEmpty() ? "(document)" : e.path()) + ": ";
            message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            // the document is the one line: its "line 1, column n" is the column of this line
            throw new JsonLinesException(line.number, e.path(), message.replace(" at line 1, column ", " at column "), e);
        }
    }

    private static Stream<Line> lines(LineSource source) {
        int splits = Math.min(Runtime.getRuntime().availableProcessors(), MAX_BATCHES) - 1;
        return StreamSupport.stream(new LineSpliterator(source, splits), false);
    }

    /**
     * One line of the file: its number and its text (as a string, or, for a line of ASCII bytes, as the
     * bytes, which are parsed as they are), or, for a line that cannot be read (too long, not UTF-8), no text
     * and what is wrong with it.
     */
    private static final class Line {
        final long number;
        final @Nullable String text;
        final byte @Nullable [] ascii;
        final @Nullable String error;

        Line(long number, @Nullable String text, @Nullable String error) {
            this(number, text, null, error);
        }

        Line(long number, byte[] ascii) {
            this(number, null, ascii, null);
        }

        private Line(long number, @Nullable String text, byte @Nullable [] ascii, @Nullable String error) {
            this.number = number;
            this.text = text;
            this.ascii = ascii;
            this.error = error;
        }

        /**
         * What the line holds in memory, at most: two bytes a character (counted so for ASCII bytes too,
         * which take one), and the object itself.
         */
        long bytes() {
            return 64 + (text != null ? 2L * text.length() : ascii != null ? 2L * ascii.length : 0);
        }
    }

    /**
     * The lines of an input, read in batches of at most {@value #BATCH} lines and {@value #BATCH_BYTES} bytes,
     * one batch at a time under a lock, so that the spliterators of a parallel stream can share it. A line
     * longer than the document limit is read through and dropped, and given with no text. An error of the
     * input ends it, after the lines read before it have been given.
     */
    private abstract static class LineSource {

        static final int LIMIT = SafeguardingJson.MAX_DOCUMENT_LENGTH;
        static final String TOO_LONG = "longer than the limit of " + LIMIT
                + " characters (SafeguardingJson.MAX_DOCUMENT_LENGTH)";
        private static final Line[] NONE = new Line[0];

        private long number;
        private int position;
        private int end;
        private volatile boolean done;
        private UncheckedIOException failure;

        boolean isDone() {
            return done;
        }

        /** The next batch of lines, in order; empty at the end of the input. */
        synchronized Line[] nextBatch() {
            if (failure != null) {
                UncheckedIOException e = failure;
                failure = null;
                throw e;
            }
            List<Line> batch = new ArrayList<>();
            long bytes = 0;
            try {
                // another line is read only while the longest there may be still fits in the batch
                while (!done && batch.size() < BATCH && bytes + 64 + 2L * LIMIT <= BATCH_BYTES) {
                    Line next = nextLine();
                    if (next != null) {
                        batch.add(next);
                        bytes += next.bytes();
                    }
                }
            } catch (UncheckedIOException e) {
                done = true;
                if (batch.isEmpty()) {
                    throw e;
                }
                failure = e;   // the lines before the error are given first
            }
            return batch.toArray(NONE);
        }

        /**
         * The next line, or null for a blank line or the end of the input (then {@link #isDone()}): the input
         * up to the next {@code \n}, kept while it is within the limit and dropped beyond it.
         */
        @Nullable Line nextLine() {
            clear();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == end) {
                    try {
                        end = fill();
                        position = 0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
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
                position = lineEnd(position, end);
                tooLong = tooLong || !append(start, position - start);
                if (position < end) {
                    position++;
                    break;
                }
            }
            return finish(++number, tooLong);
        }

        /** Reads more of the input into the buffer: how much, or -1 at its end. */
        abstract int fill() throws IOException;

        /** The index of the first {@code \n} in the buffer from {@code from}, or {@code to} if there is none. */
        abstract int lineEnd(int from, int to);

        /** Empties the line being read. */
        abstract void clear();

        /** Adds {@code length} of the buffer from {@code start} to the line; false, and drops it, if too long. */
        abstract boolean append(int start, int length);

        /** The line read, numbered {@code number}: too long, bad, blank (null) or its text. */
        abstract Line finish(long number, boolean tooLong);

        /**
         * The line numbered {@code number} holding {@code text} (a byte order mark at the start of the file
         * taken off), or null if it is blank: only spaces, tabs and {@code \r}.
         */
        static @Nullable Line line(long number, CharSequence text) {
            int start = number == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\r') {
                    return new Line(number, text.subSequence(start, text.length()).toString(), null);
                }
            }
            return null;
        }
    }

    /** The lines of a reader of characters, which has decoded them already. */
    private static final class CharLineSource extends LineSource {

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder line = new StringBuilder();

        CharLineSource(Reader in) {
            this.in = in;
        }

        @Override
        int fill() throws IOException {
            return in.read(buffer, 0, buffer.length);
        }

        @Override
        int lineEnd(int from, int to) {
            int i = from;
            while (i < to && buffer[i] != '\n') {
                i++;
            }
            return i;
        }

        @Override
        void clear() {
            line.setLength(0);
        }

        @Override
        boolean append(int start, int length) {
            if (line.length() + length > LIMIT) {
                line.setLength(0);
                return false;
            }
            line.append(buffer, start, length);
            return true;
        }

        @Override
        Line finish(long number, boolean tooLong) {
            return tooLong ? new Line(number, null, TOO_LONG) : line(number, line);
        }
    }

    /**
     * The lines of a stream of bytes, each decoded as UTF-8 on its own and strictly: a byte that is not
     * UTF-8 makes its line a bad line, and the lines around it are read as ever (a {@code \n} byte is never
     * part of another character in UTF-8, so the lines are found before they are decoded).
     */
    private static final class ByteLineSource extends LineSource {

        /** A line of more bytes than this has more characters than the limit: UTF-8 takes at most 3 a character. */
        private static final int MAX_LINE_BYTES = 3 * LIMIT;

        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private byte[] line = new byte[1 << 12];
        private int length;
        /** Whether the line being read has a byte that is not ASCII (one of a character of two bytes or more). */
        private boolean beyondAscii;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        ByteLineSource(InputStream in) {
            this.in = in;
        }

        @Override
        int fill() throws IOException {
            return in.read(buffer, 0, buffer.length);
        }

        /** As for characters, noting too whether a byte is beyond ASCII (negative, as a Java byte). */
        @Override
        int lineEnd(int from, int to) {
            int i = from;
            int bits = 0;
            for (; i < to; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    break;
                }
                bits |= b;
            }
            beyondAscii |= bits < 0;
            return i;
        }

        @Override
        void clear() {
            length = 0;
            beyondAscii = false;
        }

        @Override
        boolean append(int start, int more) {
            if (length + more > MAX_LINE_BYTES) {
                length = 0;
                return false;
            }
            if (length + more > line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, Math.max(2 * line.length, length + more)));
            }
            System.arraycopy(buffer, start, line, length, more);
            length += more;
            return true;
        }

        @Override
        Line finish(long number, boolean tooLong) {
            if (tooLong) {
                return new Line(number, null, TOO_LONG);
            }
            return beyondAscii ? decode(number) : ascii(number);
        }

        /**
         * The line of ASCII bytes, kept as bytes: the parser reads them as they are, one byte a character, so
         * nothing is decoded and no string made (nor a byte order mark possible: it is not ASCII).
         */
        private @Nullable Line ascii(long number) {
            if (length > LIMIT) {
                return new Line(number, null, TOO_LONG);
            }
            for (int i = 0; i < length; i++) {
                byte b = line[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return new Line(number, Arrays.copyOf(line, length));
                }
            }
            return null;
        }

        private Line decode(long number) {
            ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
            CharBuffer chars = CharBuffer.allocate(length);
            decoder.reset();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (!result.isError()) {
                result = decoder.flush(chars);
            }
            if (result.isError()) {
                return new Line(number, null, "not valid UTF-8, from byte " + (bytes.position() + 1)
                        + " of the line: each line is decoded as UTF-8 on its own");
            }
            if (chars.position() > LIMIT) {
                return new Line(number, null, TOO_LONG);
            }
            return line(number, chars.flip());
        }
    }

    /**
     * The lines of a {@link LineSource}, a batch at a time. Read sequentially, they come in the file's order.
     * For a parallel stream the first one splits off a few more (one per core, {@value #MAX_BATCHES} in all at
     * most): each takes the next batch when it has finished its own, so the threads share the reading and
     * each holds one batch, and lets go of each line once given and of its batch before taking the next. The
     * lines of a parallel stream are therefore in no particular order: it is not {@link Spliterator#ORDERED}.
     * (Splitting off batches already read, as spliterators of unknown size usually do, lets the batches pile
     * up faster than they are parsed: memory would grow with the input.)
     */
    private static final class LineSpliterator implements Spliterator<Line> {

        private final LineSource source;
        private int splits;
        private @Nullable Line @Nullable [] chunk;
        private int index;

        LineSpliterator(LineSource source, int splits) {
            this.source = source;
            this.splits = splits;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Line> action) {
            if (chunk == null || index == chunk.length) {
                chunk = null;   // not held while the next batch is read
                chunk = source.nextBatch();
                index = 0;
                if (chunk.length == 0) {
                    return false;
                }
            }
            Line line = chunk[index];
            chunk[index++] = null;   // not held while the rest of the batch is parsed
            action.accept(line);
            return true;
        }

        @Override
        public @Nullable Spliterator<Line> trySplit() {
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
