package dev.safeguarding.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
    /** An open-addressing table of the keys, at most a quarter full, for reading without making strings. */
    private final E[] table;
    private final char[][] tableKeys;
    private final int mask;

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
        int size = Integer.highestOneBit(Math.max(4, constants.length * 4) - 1) << 1;
        this.mask = size - 1;
        this.tableKeys = new char[size][];
        @SuppressWarnings("unchecked")
        E[] slots = (E[]) java.lang.reflect.Array.newInstance(type, size);
        this.table = slots;
        for (E constant : constants) {
            String k = keys[constant.ordinal()];
            int slot = k.hashCode() & mask;   // String.hashCode is the same sum as lookup's
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = constant;
            tableKeys[slot] = k.toCharArray();
        }
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
    @Nullable E find(String key) {
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
        E constant = in.isString() ? lookup(in.chars(), in.charsOffset(), in.charsLength()) : null;
        if (constant == null) {
            in.string();   // the error for a value that is not a string
            throw in.error("not a known " + type.getSimpleName() + "; expected one of: " + expectedKeys);
        }
        return constant;
    }

    /**
     * The constant whose key is the text {@code chars[offset, offset + length)}, or null: compared with the
     * parser's own characters, so that reading a constant makes no string.
     */
    private @Nullable E lookup(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            char[] candidate = tableKeys[slot];
            if (candidate.length == length && Arrays.equals(candidate, 0, length, chars, offset, offset + length)) {
                return table[slot];
            }
        }
        return null;
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
