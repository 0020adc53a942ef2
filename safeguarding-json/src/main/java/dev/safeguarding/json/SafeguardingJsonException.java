package dev.safeguarding.json;

import java.util.List;
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

    /** How the format's messages list the names or constants allowed where an unknown one was found. */
    private static final String ALLOWED = "; expected one of: ";

    private final String path;
    private final String detail;

    /**
     * @param path    the JSON Pointer of the bad value ({@code ""} for the whole document)
     * @param message what was expected, without the value
     * @param cause   the underlying exception, or null
     */
    public SafeguardingJsonException(String path, String message, @Nullable Throwable cause) {
        super((Objects.requireNonNull(path, "path").isEmpty() ? "(document)" : path) + ": "
                + Objects.requireNonNull(message, "message"), cause);
        this.path = path;
        this.detail = message;
    }

    /**
     * The same error, for a value read inside a larger document: at {@code pointer} followed by this
     * error's path (how {@link SafeguardingModule} reports an error in a value nested in a vendor's own
     * document).
     */
    SafeguardingJsonException under(String pointer) {
        return pointer.isEmpty() ? this : new SafeguardingJsonException(pointer + path, detail, getCause());
    }

    /**
     * The JSON Pointer of the bad value, for example {@code /indicators/2/level}; {@code ""} for the document.
     * A name the format does not define appears as its place in its object, {@code /(unknown property 3)}.
     */
    public String path() {
        return path;
    }

    /**
     * What the format allows at {@link #path()} when the error is an unknown enum constant or an unknown
     * property: the constants (or codes) of the enum, or the property names of the object, in the
     * format's order, as the message lists them. Empty for any other error. Names the format defines,
     * never a value of the document: safe to show to the sender of a request.
     *
     * @return the allowed constants or property names, or an empty list
     */
    public List<String> allowed() {
        int at = detail.lastIndexOf(ALLOWED);
        return at < 0 ? List.of() : List.of(detail.substring(at + ALLOWED.length()).split(", "));
    }
}
