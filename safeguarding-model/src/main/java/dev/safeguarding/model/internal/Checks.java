package dev.safeguarding.model.internal;

import dev.safeguarding.model.InvalidValueException;

/** Construction-time checks shared by the value types; each failure names the field and the rule. */
public final class Checks {

    private Checks() {
    }

    /** Throws {@link InvalidValueException} for {@code field} unless {@code condition} holds. */
    public static void require(boolean condition, String field, String rule) {
        if (!condition) {
            throw new InvalidValueException(field, rule);
        }
    }

    /** Throws unless {@code value} has at least one character that is not white space. */
    public static void notBlank(String value, String field) {
        require(value != null && !value.isBlank(), field, "must not be blank");
    }

    /** Throws unless {@code min <= value <= max}. */
    public static void inRange(int value, int min, int max, String field) {
        require(value >= min && value <= max, field, "must be between " + min + " and " + max);
    }
}
