package dev.safeguarding.json;

import java.util.Collection;
import tools.jackson.core.JsonGenerator;

/**
 * Writes JSON values through a Jackson {@link JsonGenerator}: the primitives the codecs write with. What is
 * written for each kind of property (an empty {@code Optional} left out, sets of constants in enum order,
 * maps in enum order) is {@link ObjectFormat}'s; dates are {@code LocalDate.toString()}, {@code yyyy-MM-dd}.
 */
final class Out {

    private final JsonGenerator generator;
    /** Whether the format's version is still to be written, as the first property of the document. */
    private boolean formatVersionPending;

    Out(JsonGenerator generator, boolean formatVersion) {
        this.generator = generator;
        this.formatVersionPending = formatVersion;
    }

    /**
     * Whether the object about to be written is to carry the format's version: true once, for the
     * document's own object, when the writer was asked to write it.
     */
    boolean takeFormatVersion() {
        boolean pending = formatVersionPending;
        formatVersionPending = false;
        return pending;
    }

    /** Starts an object value. */
    Out startObject() {
        generator.writeStartObject();
        return this;
    }

    /** Starts an object-valued property. */
    Out startObject(String name) {
        generator.writeName(name);
        return startObject();
    }

    /** Ends the object being written. */
    Out endObject() {
        generator.writeEndObject();
        return this;
    }

    /** A string value (an element of an array, or the whole document). */
    Out string(String value) {
        generator.writeString(value);
        return this;
    }

    /** A whole number value. */
    Out integer(int value) {
        generator.writeNumber(value);
        return this;
    }

    /** A boolean value. */
    Out bool(boolean value) {
        generator.writeBoolean(value);
        return this;
    }

    /** A whole-number property. */
    Out integer(String name, int value) {
        generator.writeNumberProperty(name, value);
        return this;
    }

    /** A property written by {@code codec}. */
    <T> Out value(String name, Codec<T> codec, T value) {
        generator.writeName(name);
        codec.write(value, this);
        return this;
    }

    /** An array property, each element written by {@code codec}, in the collection's order. */
    <T> Out array(String name, Codec<T> codec, Collection<? extends T> values) {
        generator.writeArrayPropertyStart(name);
        for (T value : values) {
            codec.write(value, this);
        }
        generator.writeEndArray();
        return this;
    }

    /** An array value (the whole document, or an element), each element written by {@code codec}, in order. */
    <T> Out array(Codec<T> codec, Collection<? extends T> values) {
        generator.writeStartArray();
        for (T value : values) {
            codec.write(value, this);
        }
        generator.writeEndArray();
        return this;
    }
}
