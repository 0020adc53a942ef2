package dev.safeguarding.json;

import dev.safeguarding.json.internal.Untrusted;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A JSON document being read, token by token, straight from Jackson's streaming parser (no tree), and
 * the JSON Pointer of the value under the parser. Every error it raises is a
 * {@link SafeguardingJsonException} at that pointer (or at a property's), saying what was expected and
 * what JSON type was found, never the value itself.
 *
 * <p>A codec is called with the parser on the first token of its value and returns with the parser on
 * the value's last token ({@code END_OBJECT}, {@code END_ARRAY}, or the scalar itself), as Jackson's own
 * deserializers do. The pointer is kept as a stack of names and indexes and turned into text only when
 * an error is reported.
 */
final class In {

    private final JsonParser parser;
    private final boolean lenient;
    /** Whether a name is one the format being read defines, and so may appear in a pointer as itself. */
    private final Predicate<String> defines;
    /** The place of each level below the document: a property name, or null for an array element. */
    private @Nullable String[] names = new String[16];
    /** The index of each level that is an array element, or the place of a property in its object. */
    private int[] indexes = new int[16];
    private int depth;

    In(JsonParser parser, boolean lenient) {
        this(parser, lenient, Codecs::definesName);
    }

    /** A document of another format than the library's, whose names are those {@code defines} accepts. */
    In(JsonParser parser, boolean lenient, Predicate<String> defines) {
        this.parser = parser;
        this.lenient = lenient;
        this.defines = defines;
    }

    /** Whether unknown properties are ignored rather than errors. */
    boolean lenient() {
        return lenient;
    }

    /** Moves to the first token of the document; an empty document is an error. */
    void start() {
        if (parser.nextToken() == null) {
            throw new SafeguardingJsonException("", "expected a JSON value, found no content", null);
        }
    }

    // ---------------------------------------------------------------- the pointer

    /** The JSON Pointer of the value under the parser ({@code ""} for the document). */
    String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            if (names[i] == null) {
                pointer.append(indexes[i]);
            } else {
                pointer.append(token(names[i], indexes[i]));
            }
        }
        return pointer.toString();
    }

    /**
     * The pointer of the property {@code name} of the object under the parser, the property at
     * {@code position} among the object's properties (from 0), or -1 for a name the library itself gives
     * (a declared property, a field of the model).
     */
    String pointerTo(String name, int position) {
        return pointer() + "/" + token(name, position);
    }

    /**
     * A name in a pointer: itself, escaped as RFC 6901 asks, if the format defines it; otherwise its place
     * ({@link Untrusted#token}), since a name from the document may hold anything (a line break that would
     * forge a log line, a child's name).
     */
    private String token(String name, int position) {
        return Untrusted.token(name, position < 0 || defines.test(name), position);
    }

    /** Whether the value under the parser is the document itself. */
    boolean atRoot() {
        return depth == 0;
    }

    /** Enters the property {@code name}, at {@code position} among its object's properties (from 0). */
    void enter(String name, int position) {
        grow();
        names[depth] = name;
        indexes[depth] = position;
        depth++;
    }

    /** Enters the element {@code index} of the array under the parser. */
    void enter(int index) {
        grow();
        names[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    /** Leaves the property or element last entered. */
    void leave() {
        depth--;
    }

    private void grow() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
    }

    /** An error at the value under the parser, to throw. */
    SafeguardingJsonException error(String message) {
        return new SafeguardingJsonException(pointer(), message, null);
    }

    // ---------------------------------------------------------------- scalars

    /** Whether the value is {@code null}. */
    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** The value as a string; a string with an unpaired UTF-16 surrogate is an error. */
    String string() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw expected("a string");
        }
        String value = parser.getString();
        if (Untrusted.unpairedSurrogate(value) >= 0) {
            throw error("a string that " + Untrusted.UNPAIRED_SURROGATE);
        }
        return value;
    }

    /** Whether the value is a string. */
    boolean isString() {
        return parser.currentToken() == JsonToken.VALUE_STRING;
    }

    /** The parser's characters holding the string value (valid until the parser moves on). */
    char[] chars() {
        return parser.getStringCharacters();
    }

    /** Where the string value starts in {@link #chars()}. */
    int charsOffset() {
        return parser.getStringOffset();
    }

    /** The length of the string value in {@link #chars()}. */
    int charsLength() {
        return parser.getStringLength();
    }

    /** The value as {@code true} or {@code false}. */
    boolean bool() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw expected("true or false");
    }

    /** The value as an {@code int}: a JSON number with no fraction or exponent, in the range of {@code int}. */
    int integer() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("expected a whole number, found a number with a fraction or an exponent");
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw expected("a whole number");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw error("out of range: expected a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE);
        }
        return parser.getIntValue();
    }

    /**
     * The value as a date: a string {@code yyyy-MM-dd} (ISO 8601) naming a day that exists, or, for a year
     * outside 0000 to 9999, the signed form {@code LocalDate.toString()} writes ({@code +10000-01-01}).
     */
    LocalDate date() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw expected("a string");
        }
        int length = parser.getStringLength();
        LocalDate date = length == 10
                ? parseDate(parser.getStringCharacters(), parser.getStringOffset(), length)
                : parseIso(parser.getString());
        if (date == null) {
            throw error("expected a date that exists, as yyyy-MM-dd");
        }
        return date;
    }

    /**
     * The date {@code yyyy-MM-dd} in {@code text[offset, offset + length)}, or null if it is not one that
     * exists: exactly ten characters, ASCII digits and two hyphens. Parsed by hand rather than through a
     * {@code DateTimeFormatter}, which is several times slower and whose exceptions quote the text.
     */
    static @Nullable LocalDate parseDate(char[] text, int offset, int length) {
        if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
            return null;
        }
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 5, 2);
        int day = digits(text, offset + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;   // 31 April, 29 February outside a leap year
        }
    }

    /**
     * The rarer dates {@code LocalDate.toString()} writes outside years 0000 to 9999 ({@code +10000-01-01},
     * {@code -0001-01-01}), read as ISO 8601 as before; null for anything else.
     */
    private static LocalDate parseIso(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;   // not kept: its message quotes the text
        }
    }

    private static int digits(char[] text, int offset, int count) {
        int value = 0;
        for (int i = offset; i < offset + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    // ---------------------------------------------------------------- objects and arrays

    /** Checks that the value is an object; the parser stays on its {@code START_OBJECT}. */
    void startObject() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw expected("an object");
        }
    }

    /**
     * The name of the next property of the object being read, with the parser moved onto its value; or
     * null at the end of the object, with the parser on its {@code END_OBJECT}.
     */
    String nextName() {
        String name = parser.nextName();
        if (name != null) {
            parser.nextToken();
        }
        return name;
    }

    /** Skips the value under the parser (all of it, if it is an object or an array). */
    void skipValue() {
        parser.skipChildren();
    }

    /** Checks that the value is an array; the parser stays on its {@code START_ARRAY}. */
    void startArray() {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw expected("an array");
        }
    }

    /** Moves to the next element of the array being read: false at its end, with the parser on {@code END_ARRAY}. */
    boolean nextElement() {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    SafeguardingJsonException expected(String what) {
        return error("expected " + what + ", found " + found());
    }

    private String found() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "no value";
        }
        return switch (token) {
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> "a value of another kind";
        };
    }
}
