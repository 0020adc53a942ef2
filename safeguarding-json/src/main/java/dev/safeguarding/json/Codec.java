package dev.safeguarding.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON format of one type: how a value is written, how it is read from the parser, and its JSON
 * Schema. Value types are declared with {@link ObjectFormat}, enums with {@link EnumCodec}; each
 * framework's declarations are in its format class ({@code NeedFormat}, {@code AssessmentFormat}, ...),
 * listed in {@link Codecs}. Codecs are stateless and thread-safe.
 *
 * @param <T> the type
 */
interface Codec<T> {

    /** The type this codec reads and writes. */
    Class<T> type();

    /** Writes {@code value} as one JSON value. */
    void write(T value, Out out);

    /**
     * Reads a value, the parser being on its first token, and leaves the parser on its last. Errors are
     * {@link SafeguardingJsonException}s at the pointer of the bad value.
     */
    T read(In in);

    /** The JSON Schema of the values this codec reads (a reference, for the types {@code schemas} defines). */
    ObjectNode schema(Schemas schemas);
}
