package dev.safeguarding.census.cscapi;

import java.util.Optional;

/** The {@code toString()} of the payload types: which items are present, never their values. */
final class Present {

    private Present() {
    }

    /** Appends {@code name=present} if {@code value} is present. */
    static void of(StringBuilder text, String name, Optional<?> value) {
        if (value.isPresent()) {
            append(text, name + "=present");
        }
    }

    /** Appends {@code part}, after a comma unless it is the first. */
    static void append(StringBuilder text, String part) {
        if (text.charAt(text.length() - 1) != '{') {
            text.append(", ");
        }
        text.append(part);
    }
}
