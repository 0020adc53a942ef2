package dev.safeguarding.json;

import dev.safeguarding.json.internal.Untrusted;
import dev.safeguarding.model.InvalidValueException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value being read: a node of the parsed tree and its JSON Pointer. Every error it raises is a
 * {@link SafeguardingJsonException} at that pointer (or at a child's), saying what was expected and
 * what JSON type was found, never the value itself.
 */
final class In {

    private final JsonNode node;
    /**
     * The value this one is in, or null for the document; with {@link #name} or {@link #index}, its place.
     * For a property, {@link #index} is -1 when a codec asked for it by name (a name the format defines),
     * and otherwise its place among the properties of its object (a map's key, which is the document's).
     */
    private final In parent;
    private final String name;
    private final int index;
    private final boolean lenient;

    private In(JsonNode node, In parent, String name, int index, boolean lenient) {
        this.node = node;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.lenient = lenient;
    }

    /** The whole document. */
    static In root(JsonNode node, boolean lenient) {
        return new In(node, null, null, -1, lenient);
    }

    /**
     * The JSON Pointer of this value ({@code ""} for the document). Worked out when asked for (only when
     * there is an error to report), not for every value read.
     */
    String pointer() {
        if (parent == null) {
            return "";
        }
        return name == null ? parent.pointer() + "/" + index : parent.pointerTo(name, index);
    }

    /**
     * The pointer of the property {@code name} of this object, a name the library's code gives (a codec's
     * property, a field of the model), escaped as RFC 6901 asks.
     */
    String pointerTo(String name) {
        return pointerTo(name, -1);
    }

    /**
     * The pointer of a property of this object: {@code position} -1 for a name the library's code gives;
     * otherwise the name is the document's, at that place, and is replaced by the place unless the format
     * defines it ({@link Untrusted#token}).
     */
    private String pointerTo(String name, int position) {
        return pointer() + "/" + Untrusted.token(name, position < 0 || Vocabulary.defines(name), position);
    }

    /** An error at this value, to throw. */
    SafeguardingJsonException error(String message) {
        return new SafeguardingJsonException(pointer(), message, null);
    }

    /** Whether the JSON value is {@code null}. */
    boolean isNull() {
        return node.isNull();
    }

    /** The property {@code name} of this object, which holds {@code value}. */
    In property(String name, JsonNode value) {
        return new In(value, this, name, -1, lenient);
    }

    /** The value as a string: text, so never one with an unpaired UTF-16 surrogate. */
    String string() {
        if (!node.isString()) {
            throw expected("a string");
        }
        String text = node.stringValue();
        if (Untrusted.unpairedSurrogate(text) >= 0) {
            throw error("a string that " + Untrusted.UNPAIRED_SURROGATE);
        }
        return text;
    }

    /** The value as {@code true} or {@code false}. */
    boolean bool() {
        if (!node.isBoolean()) {
            throw expected("true or false");
        }
        return node.booleanValue();
    }

    /** The value as an {@code int}: a JSON number with no fraction or exponent, in the range of {@code int}. */
    int integer() {
        if (!node.isNumber()) {
            throw expected("a whole number");
        }
        if (!node.isIntegralNumber()) {
            throw error("expected a whole number, found a number with a fraction or an exponent");
        }
        if (!node.canConvertToInt()) {
            throw error("out of range: expected a whole number from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE);
        }
        return node.intValue();
    }

    /** The value as a date: a string {@code yyyy-MM-dd} (ISO 8601) naming a day that exists. */
    LocalDate date() {
        String text = string();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            // The exception is not kept as the cause: its message quotes the text, which may be a date of birth.
            throw error("expected a date that exists, as yyyy-MM-dd");
        }
    }

    /**
     * The value as an object whose properties are among {@code names}. An unknown property is an error
     * at its pointer, listing {@code names}; a lenient reader ignores it.
     */
    ObjectIn object(List<String> names) {
        if (!node.isObject()) {
            throw expected("an object");
        }
        if (!lenient) {
            int position = 0;
            for (String name : node.propertyNames()) {
                if (!names.contains(name)) {
                    throw new SafeguardingJsonException(pointerTo(name, position),
                            "unknown property; expected one of: " + String.join(", ", names), null);
                }
                position++;
            }
        }
        return new ObjectIn(this, node);
    }

    /** The value as an object of any properties (a map), in document order. */
    List<Map.Entry<String, In>> entries() {
        if (!node.isObject()) {
            throw expected("an object");
        }
        List<Map.Entry<String, In>> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String key = property.getKey();
            entries.add(Map.entry(key, new In(property.getValue(), this, key, entries.size(), lenient)));
        }
        return entries;
    }

    /** The value as an array: its elements, in order. */
    List<In> elements() {
        if (!node.isArray()) {
            throw expected("an array");
        }
        List<In> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            elements.add(new In(node.get(i), this, null, i, lenient));
        }
        return Collections.unmodifiableList(elements);
    }

    /**
     * The value read by {@code codec}. A value the model rejects becomes an error here: an
     * {@link InvalidValueException} at the pointer of the field it names, with its rule as the message;
     * anything else a builder throws at this value's pointer.
     */
    <T> T read(Codec<T> codec) {
        try {
            return codec.read(this);
        } catch (SafeguardingJsonException e) {
            throw e;
        } catch (InvalidValueException e) {
            throw new SafeguardingJsonException(pointerTo(e.field()), e.rule(), e);
        } catch (IllegalStateException | NullPointerException e) {
            // The model's builders name attributes in these messages, never values.
            throw new SafeguardingJsonException(pointer(), "not a valid " + codec.type().getSimpleName(), e);
        } catch (RuntimeException e) {
            // Not kept as the cause: its message is not known to be free of the value.
            throw new SafeguardingJsonException(pointer(), "not a valid " + codec.type().getSimpleName()
                    + " (" + e.getClass().getName() + ")", null);
        }
    }

    private SafeguardingJsonException expected(String what) {
        return error("expected " + what + ", found " + found());
    }

    private String found() {
        return switch (node.getNodeType()) {
            case NULL -> "null";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a value of another kind";
        };
    }
}
