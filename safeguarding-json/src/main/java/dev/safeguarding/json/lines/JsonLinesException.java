package dev.safeguarding.json.lines;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A line of a JSON Lines file that the library cannot read: {@link #lineNumber()} is the line (the first
 * is 1), {@link #path()} the JSON Pointer of the bad value in it ({@code ""} for the line as a whole) and the
 * message says what was expected there. Like {@link dev.safeguarding.json.SafeguardingJsonException}, whose
 * message it carries (and which is its cause, when there is one), it never repeats the bad value: it may be
 * personal data. Nor does it repeat a name of the line that the format does not define, nor hold a control
 * character: such a name appears in the path as its place, {@code /(unknown property 3)}, so the message is
 * safe to log. A line that cannot be read at all (too long, not UTF-8) has the path {@code ""}.
 *
 * <p>Unchecked: reading stops at it, unless the caller asked for bad lines to be {@linkplain SkippedLines
 * skipped and counted}.
 */
public final class JsonLinesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;
    private final String path;

    /**
     * @param lineNumber the number of the bad line, from 1
     * @param path       the JSON Pointer of the bad value in the line ({@code ""} for the whole line)
     * @param message    what was expected, without the value
     * @param cause      the underlying exception, or null
     */
    public JsonLinesException(long lineNumber, String path, String message, @Nullable Throwable cause) {
        super("line " + lineNumber + ", " + (Objects.requireNonNull(path, "path").isEmpty() ? "(line)" : path) + ": "
                + Objects.requireNonNull(message, "message"), cause);
        this.lineNumber = lineNumber;
        this.path = path;
    }

    /** The number of the bad line; the first line of the file is 1. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The JSON Pointer of the bad value within the line, for example {@code /chronology/entries/3/date}. */
    public String path() {
        return path;
    }
}
