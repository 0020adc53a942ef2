package dev.safeguarding.json;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read, property by property, as the format's rules for each kind of field say:
 * required, optional ({@code Optional} in the model), defaulted, or a collection.
 */
final class ObjectIn {

    private final In object;
    private final JsonNode node;

    ObjectIn(In object, JsonNode node) {
        this.object = object;
        this.node = node;
    }

    /** A required property: missing is an error at its pointer; {@code null} is left to the typed read to reject. */
    In required(String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new SafeguardingJsonException(object.pointerTo(name), "required, but missing", null);
        }
        return object.property(name, value);
    }

    /** An optional property (an {@code Optional} in the model): absent and {@code null} both mean empty. */
    Optional<In> optional(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(object.property(name, value));
    }

    /**
     * A property with a default in the model: absent means the default (empty here); {@code null} is
     * not a value, and the typed read rejects it.
     */
    Optional<In> defaulted(String name) {
        JsonNode value = node.get(name);
        return value == null ? Optional.empty() : Optional.of(object.property(name, value));
    }

    /** A list property, each element read by {@code codec}; absent means empty. */
    <T> List<T> list(String name, Codec<T> codec) {
        List<T> values = new ArrayList<>();
        defaulted(name).ifPresent(array -> array.elements().forEach(element -> values.add(element.read(codec))));
        return values;
    }

    /** A set of constants of an enum; absent means empty; a constant given twice is an error at its second place. */
    <E extends Enum<E>> Set<E> enumSet(String name, EnumCodec<E> codec) {
        Set<E> values = EnumSet.noneOf(codec.type());
        defaulted(name).ifPresent(array -> array.elements().forEach(element -> {
            if (!values.add(element.read(codec))) {
                throw element.error("appears more than once; each value may appear only once");
            }
        }));
        return values;
    }
}
