package dev.safeguarding.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

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
    private final Map<String, E> byKey = new LinkedHashMap<>();

    private EnumCodec(Class<E> type, Function<E, String> key) {
        this.type = type;
        this.key = key;
        for (E constant : type.getEnumConstants()) {
            byKey.put(key.apply(constant), constant);
        }
        Vocabulary.keys(byKey.keySet());
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
        return key.apply(constant);
    }

    /** The constant whose key is {@code key}; {@code at} is where the key was found, for the error. */
    E fromKey(String key, In at) {
        E constant = byKey.get(key);
        if (constant == null) {
            throw at.error("not a known " + type.getSimpleName() + "; expected one of: "
                    + String.join(", ", byKey.keySet()));
        }
        return constant;
    }

    @Override
    public void write(E value, Out out) {
        out.string(key(value));
    }

    @Override
    public E read(In in) {
        return fromKey(in.string(), in);
    }

}
