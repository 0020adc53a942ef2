package dev.safeguarding.census.cscapi;

import dev.safeguarding.model.InvalidValueException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The length, pattern and size rules the DfE CSC API's OpenAPI (1.0.1) states, checked when a payload
 * type is built. Each failure is an {@link InvalidValueException} naming the field as the OpenAPI names it
 * (its JSON name, for example {@code la_child_id}) and the rule, never the value.
 */
final class ApiRules {

    /** {@code la_child_id}: {@code ^[A-Za-z0-9]+$}. */
    static final String CHILD_ID_PATTERN = "^[A-Za-z0-9]+$";
    /** Every other identifier ({@code mis_child_id}, {@code *_id}, {@code worker_id}): {@code ^[A-Za-z0-9_-]*$}. */
    static final String ID_PATTERN = "^[A-Za-z0-9_-]*$";
    /** The longest {@code la_child_id}. */
    static final int CHILD_ID_LENGTH = 20;
    /** The longest {@code mis_child_id} and identifier of a nested item. */
    static final int ID_LENGTH = 36;

    private static final Pattern CHILD_ID = Pattern.compile(CHILD_ID_PATTERN);
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private ApiRules() {
    }

    /** {@code la_child_id}: required, at most 20 characters, letters and digits only. */
    static void laChildId(String value) {
        maxLength(value, "la_child_id", CHILD_ID_LENGTH);
        matches(value, "la_child_id", CHILD_ID, CHILD_ID_PATTERN);
    }

    /** An identifier: at most {@code max} characters of letters, digits, {@code _} and {@code -}. */
    static void id(String value, String field, int max) {
        maxLength(value, field, max);
        matches(value, field, ID, ID_PATTERN);
    }

    /** As {@link #id(String, String, int)}, if present. */
    static void id(Optional<String> value, String field, int max) {
        value.ifPresent(text -> id(text, field, max));
    }

    /** At most {@code max} characters, counted as JSON Schema's {@code maxLength} counts them (Unicode code points). */
    static void maxLength(String value, String field, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters (OpenAPI maxLength)");
        }
    }

    /** As {@link #maxLength(String, String, int)}, if present. */
    static void maxLength(Optional<String> value, String field, int max) {
        value.ifPresent(text -> maxLength(text, field, max));
    }

    /** Exactly {@code length} characters, if present. */
    static void length(Optional<String> value, String field, int length) {
        value.ifPresent(text -> {
            if (text.codePointCount(0, text.length()) != length) {
                throw new InvalidValueException(field, "must be exactly " + length
                        + " characters (OpenAPI minLength and maxLength)");
            }
        });
    }

    /** Each element at most {@code max} characters, and at most {@code maxItems} elements. */
    static void items(Collection<String> values, String field, int maxItems, int max) {
        maxItems(values, field, maxItems);
        for (String value : values) {
            if (value.codePointCount(0, value.length()) > max) {
                throw new InvalidValueException(field, "each item must be at most " + max
                        + " characters (OpenAPI items maxLength)");
            }
        }
    }

    /** At most {@code maxItems} elements. */
    static void maxItems(Collection<?> values, String field, int maxItems) {
        if (values.size() > maxItems) {
            throw new InvalidValueException(field, "must have at most " + maxItems + " items (OpenAPI maxItems)");
        }
    }

    private static void matches(String value, String field, Pattern pattern, String source) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidValueException(field, "must match " + source + " (OpenAPI pattern)");
        }
    }
}
