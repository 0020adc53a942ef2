package dev.safeguarding.census;

import dev.safeguarding.model.InvalidValueException;
import java.util.Optional;

/** Construction-time checks of the census types; each failure names the field and the rule, never the value. */
final class Require {

    private Require() {
    }

    /** Throws {@link InvalidValueException} for {@code field} unless {@code condition} holds. */
    static void that(boolean condition, String field, String rule) {
        if (!condition) {
            throw new InvalidValueException(field, rule);
        }
    }

    /**
     * Throws unless the text, if present, is neither blank nor begins or ends with white space: an item
     * with no value is left absent, and the reader trims what it reads, so that writing and reading
     * give back the same value.
     */
    static void trimmedText(Optional<String> text, String field) {
        text.ifPresent(value -> {
            that(!value.isBlank(), field, "must not be blank (leave it absent instead)");
            that(value.strip().equals(value), field, "must not begin or end with white space");
        });
    }

    /** Throws unless the count, if present, is zero or more. */
    static void notNegative(Optional<Integer> count, String field) {
        count.ifPresent(value -> that(value >= 0, field, "must not be negative"));
    }
}
