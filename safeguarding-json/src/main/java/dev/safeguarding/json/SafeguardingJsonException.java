package dev.safeguarding.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * JSON that the library cannot read: malformed text, a value of the wrong type, a missing or unknown
 * field, a value out of range. {@link #path()} is the JSON Pointer (RFC 6901) of the bad value, and the
 * message says what was expected there. Neither ever repeats the value itself: it may be personal data
 * (a name, a date of birth), and messages end up in logs. Nor do they repeat a name of the document that
 * the format does not define (an unknown property, a map key that is no constant): in the path it is
 * replaced by its place, {@code (unknown property n)}, so that neither holds a control character that
 * could forge a log line (see {@link SafeguardingJson}, "Messages are safe to log").
 *
 * <p>Unchecked, like {@link java.io.UncheckedIOException}: bad input is a caller's error to handle where
 * it makes sense, not at every call.
 */
public final class SafeguardingJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path    the JSON Pointer of the bad value ({@code ""} for the whole document)
     * @param message what was expected, without the value
     * @param cause   the underlying exception, or null
     */
    public SafeguardingJsonException(String path, String message, @Nullable Throwable cause) {
        super((Objects.requireNonNull(path, "path").isEmpty() ? "(document)" : path) + ": "
                + Objects.requireNonNull(message, "message"), cause);
        this.path = path;
    }

    /**
     * The JSON Pointer of the bad value, for example {@code /indicators/2/level}; {@code ""} for the document.
     * A name the format does not define appears as its place in its object, {@code /(unknown property 3)}.
     */
    public String path() {
        return path;
    }
}
