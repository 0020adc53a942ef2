package dev.safeguarding.model.internal;

import dev.safeguarding.model.InvalidValueException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

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

    /**
     * Throws unless every text field is text: for each pair of a field's name and its value (a
     * {@code String}, or an {@code Optional}, collection or map holding strings), no string may hold an
     * unpaired UTF-16 surrogate (U+D800 to U+DFFF alone). Such a string is not Unicode
     * text: written as UTF-8 it fails, or turns silently into {@code ?}. Called first in the
     * {@code @Value.Check} of every type with text fields, so that it names the field before any other rule.
     *
     * @param namesAndValues a field's name, then its value, for each text field of the type
     */
    public static void text(Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String field = (String) namesAndValues[i];
            require(isText(namesAndValues[i + 1]), field, "must not hold an unpaired UTF-16 surrogate (U+D800 to"
                    + " U+DFFF alone): it is not text, and UTF-8 cannot encode it");
        }
    }

    private static boolean isText(Object value) {
        if (value instanceof String text) {
            return isText(text);
        }
        if (value instanceof Optional<?> optional) {
            return optional.isEmpty() || isText(optional.get());
        }
        if (value instanceof List<?> list && list instanceof RandomAccess) {
            // by index: no iterator made (every entry of a chronology read has its list of agencies)
            for (int i = 0; i < list.size(); i++) {
                if (!isText(list.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return isText(map.keySet()) && isText(map.values());
        }
        if (value instanceof Iterable<?> values) {
            for (Object element : values) {
                if (!isText(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code text} holds no unpaired surrogate. Most text holds no surrogate at all, so the first
     * loop only looks for one (a single range test per character, which the JIT compiles to a tight loop);
     * the pairing is checked from the first surrogate on. Every text value read from JSON passes here.
     */
    private static boolean isText(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return pairedFrom(text, i);
            }
        }
        return true;
    }

    private static boolean pairedFrom(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isHighSurrogate(c) && paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code value} is a code: lower-case ASCII letters and digits in words joined by {@code -} or
     * {@code .}, starting with a letter (the regular expression {@code [a-z][a-z0-9]*(?:[.-][a-z0-9]+)*}).
     * Written out rather than matched with {@code java.util.regex}, whose matcher allocates and showed as
     * about 4% of a strict JSON read of case records (JFR); {@code ChecksTest} compares the two on many strings.
     */
    public static boolean isCode(String value) {
        int length = value.length();
        if (length == 0 || !isLowerAscii(value.charAt(0))) {
            return false;
        }
        boolean afterSeparator = false;
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (c == '-' || c == '.') {
                if (afterSeparator) {
                    return false;   // two separators in a row: an empty word
                }
                afterSeparator = true;
            } else if (isLowerAscii(c) || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else {
                return false;
            }
        }
        return !afterSeparator;   // a trailing separator leaves an empty last word
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }
}
