package dev.safeguarding.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format of an enum: each constant is a JSON string, its key. The key is the constant's name
 * ({@code "ADDITIONAL"}) unless the enum has a stable code of its own ({@code GuidanceCode}). An unknown
 * key is an error that lists the known ones, in declaration order.
 *
 * @param <E> the enum
 */
final class EnumCodec<E extends Enum<E>> implements Codec<E> {

    private final Class<E> type;
    private final Function<E, String> key;
    private final String[] keys;
    private final Map<String, E> byKey = new HashMap<>();
    private final String expectedKeys;

    private EnumCodec(Class<E> type, Function<E, String> key) {
        this.type = type;
        this.key = key;
        E[] constants = type.getEnumConstants();
        this.keys = new String[constants.length];
        for (E constant : constants) {
            keys[constant.ordinal()] = key.apply(constant);
            if (byKey.put(keys[constant.ordinal()], constant) != null) {
                throw new IllegalStateException(type.getSimpleName() + " has two constants with one key");
            }
        }
        this.expectedKeys = String.join(", ", keys);
    }

    /** Constants written as their names. */
    static <E extends Enum<E>> EnumCodec<E> byName(Class<E> type) {
        return new EnumCodec<>(type, Enum::name);
    }

    /** Constants written as {@code key}, which must be unique to each constant. */
    static <E extends Enum<E>> EnumCodec<E> byKey(Class<E> type, Function<E, String> key) {
        return new EnumCodec<>(type, key);
    }

    @Override
    public Class<E> type() {
        return type;
    }

    /** The key of {@code constant}. */
    String key(E constant) {
        return keys[constant.ordinal()];
    }

    /** The constant whose key is {@code key}, or null. */
    E find(String key) {
        return byKey.get(key);
    }

    /** The keys, in declaration order. */
    List<String> keys() {
        return List.of(keys);
    }

    /** The keys, in declaration order, for messages: {@code "A, B, C"}. */
    String expectedKeys() {
        return expectedKeys;
    }

    @Override
    public void write(E value, Out out) {
        out.string(key(value));
    }

    @Override
    public E read(In in) {
        E constant = byKey.get(in.string());
        if (constant == null) {
            throw in.error("not a known " + type.getSimpleName() + "; expected one of: " + expectedKeys);
        }
        return constant;
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        ObjectNode schema = Schemas.node().put("type", "string");
        ArrayNode values = schema.putArray("enum");
        for (String k : keys) {
            values.add(k);
        }
        return schema;
    }

}
