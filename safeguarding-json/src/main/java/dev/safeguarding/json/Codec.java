package dev.safeguarding.json;

/**
 * The JSON format of one type: how a value is written, and how it is read back from the parsed tree.
 * One codec per type, registered in {@link Codecs}. Codecs are stateless and thread-safe.
 *
 * @param <T> the type
 */
interface Codec<T> {

    /** The type this codec reads and writes. */
    Class<T> type();

    /** Writes {@code value} as one JSON value. */
    void write(T value, Out out);

    /**
     * Reads a value from {@code in}. Errors are {@link SafeguardingJsonException}s at the pointer of the
     * bad value; exceptions of the model's builders are turned into such errors by {@link In#read(Codec)},
     * through which every codec is called.
     */
    T read(In in);
}
