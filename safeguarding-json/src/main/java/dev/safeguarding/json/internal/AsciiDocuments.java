package dev.safeguarding.json.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * How JSON Lines hands a line of ASCII bytes to the format's reader as it is, without decoding it into
 * characters and a string first: Jackson parses UTF-8 bytes faster than characters, and for ASCII the two
 * read the same text and report the same columns. Machinery of the module, not API: the package is not
 * exported. The format ({@code SafeguardingJson}) gives the readers once, as its class is initialised;
 * this package does not name it, so that it depends on nothing of the module's.
 */
public final class AsciiDocuments {

    /** What the format gives: the reader of each of its instances. Set once, then never changed. */
    private static final AtomicReference<Function<Object, Reader>> READERS = new AtomicReference<>();

    private AsciiDocuments() {
    }

    /** A reader of one document that is ASCII bytes, as one instance of the format reads text. */
    @FunctionalInterface
    public interface Reader {

        /**
         * The value of {@code type} that {@code ascii} holds, read with the strictness, limits and errors of
         * the format's reading of the same text.
         *
         * @param ascii the document, every byte ASCII (0 to 127)
         * @param type  a type of the format
         * @return the value, an instance of {@code type}
         */
        Object read(byte[] ascii, Class<?> type);
    }

    /** Gives the reader of each instance of the format; called once, by the format's class. */
    public static void give(Function<Object, Reader> readers) {
        if (!READERS.compareAndSet(null, readers)) {
            throw new IllegalStateException("the readers of ASCII documents are given once");
        }
    }

    /**
     * The reader of {@code format}, an instance of the format ({@code SafeguardingJson}), whose class has
     * therefore been initialised and has given the readers.
     */
    public static Reader of(Object format) {
        Function<Object, Reader> readers = READERS.get();
        if (readers == null) {
            throw new IllegalStateException("the format has not given its readers of ASCII documents");
        }
        return readers.apply(format);
    }
}
