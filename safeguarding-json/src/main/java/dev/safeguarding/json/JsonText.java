package dev.safeguarding.json;

import static dev.safeguarding.json.SafeguardingJson.MAX_DOCUMENT_LENGTH;
import static dev.safeguarding.json.SafeguardingJson.MAX_NAME_LENGTH;
import static dev.safeguarding.json.SafeguardingJson.MAX_NESTING_DEPTH;
import static dev.safeguarding.json.SafeguardingJson.MAX_NUMBER_LENGTH;
import static dev.safeguarding.json.SafeguardingJson.MAX_STRING_LENGTH;

import dev.safeguarding.json.internal.Untrusted;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Between JSON text and Jackson: reads text with Jackson's streaming parser under the reader's limits,
 * turning every syntax error into a {@link SafeguardingJsonException} of the format's own wording, and
 * gives the generators that codecs write through.
 *
 * <p>Only Jackson's streaming parser and its generators are used (and its tree model for schemas): no data binding,
 * no annotations, no polymorphic typing. Every setting the format depends on is set here explicitly,
 * so that a new Jackson default cannot change it. Jackson's own messages are never passed on: they
 * quote the input ("Unrecognized token 'Alice'").
 */
final class JsonText {

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            // duplicates are found by the readers, which know the properties (a flag per property)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            // trailing content is checked below, to report it in the format's words
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter COMPACT = MAPPER.writer();

    /** Two spaces of indent, {@code \n} line ends on every platform, {@code "name": value}, {@code []}. */
    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {
    }

    /** The text written by {@code body}, compact or indented for people to read. */
    static String write(boolean pretty, boolean formatVersion, Consumer<Out> body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = (pretty ? PRETTY : COMPACT).createGenerator(text)) {
            body.accept(new Out(generator, formatVersion));
        }
        return text.toString();
    }

    /** As {@link #write(boolean, boolean, Consumer)}, the text written to {@code out} in UTF-8; {@code out} is not closed. */
    static void write(OutputStream out, boolean formatVersion, Consumer<Out> body) {
        try (JsonGenerator generator = COMPACT.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            body.accept(new Out(generator, formatVersion));
        }
    }

    /** {@code tree} as JSON indented for people to read, as {@link #write} indents. */
    static String writeTree(tools.jackson.databind.JsonNode tree) {
        return PRETTY.writeValueAsString(tree);
    }

    /**
     * The value of the one JSON value that {@code text} holds, read by {@code codec} straight from the
     * parser: no tree is built. The first problem in the document's order is the one reported.
     *
     * @throws SafeguardingJsonException for text that is not one well-formed JSON value within the limits,
     *                                   or not a value of the codec's type
     */
    static <T> T read(String text, Codec<T> codec, boolean lenient) {
        if (text.length() > MAX_DOCUMENT_LENGTH) {
            throw new SafeguardingJsonException("", Limit.DOCUMENT_LENGTH.message, null);
        }
        byte[] ascii = ascii(text);
        if (ascii != null) {
            return readAscii(ascii, codec, lenient);
        }
        // straight from the factory: no data-binding context is made for a parser the codecs drive themselves
        return read(FACTORY.createParser(ObjectReadContext.empty(), text), codec, lenient, Codecs::definesName);
    }

    /**
     * As {@link #read(String, Codec, boolean)}, for a document whose bytes are all ASCII: the same text, read
     * the same way (one byte a character, so the limits and the columns of errors are the same too).
     */
    private static <T> T readAscii(byte[] ascii, Codec<T> codec, boolean lenient) {
        if (ascii.length > MAX_DOCUMENT_LENGTH) {
            throw new SafeguardingJsonException("", Limit.DOCUMENT_LENGTH.message, null);
        }
        return read(FACTORY.createParser(ObjectReadContext.empty(), ascii), codec, lenient, Codecs::definesName);
    }

    /**
     * As {@link #read(String, Codec, boolean)}, from the UTF-8 bytes {@code utf8}: parsed as they are if they
     * are all ASCII, otherwise decoded strictly first (a byte that is not UTF-8 is an error at the document,
     * naming its place).
     */
    static <T> T read(byte[] utf8, Codec<T> codec, boolean lenient) {
        int bits = 0;
        for (byte b : utf8) {
            bits |= b;   // no branch in the loop: a byte beyond ASCII is negative, and so is the sum of bits
        }
        return bits < 0 ? read(decode(utf8), codec, lenient) : readAscii(utf8, codec, lenient);
    }

    private static String decode(byte[] utf8) {
        ByteBuffer bytes = ByteBuffer.wrap(utf8);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new SafeguardingJsonException("", "not valid UTF-8, from byte " + (bytes.position() + 1), null);
        }
    }

    /**
     * The bytes of {@code text} if it is all ASCII, else null. Jackson's parser of UTF-8 bytes is faster
     * than its parser of characters, and for ASCII the two read the same characters and report the same
     * lines and columns. Encoding to UTF-8 alone does not prove ASCII: an unpaired surrogate (which a
     * string value must be refused for) becomes {@code ?}, one byte for one character; so the bytes are
     * also read back and compared with the text (both fast, whole-array operations).
     */
    private static byte @Nullable [] ascii(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length == text.length() && text.equals(new String(bytes, StandardCharsets.ISO_8859_1))
                ? bytes
                : null;
    }

    /**
     * As {@link #read(String, Codec, boolean)}, from the UTF-8 bytes of {@code in} (read to its end, not
     * closed), for a document whose names are those {@code defines} accepts.
     *
     * @throws UncheckedIOException if reading {@code in} fails
     */
    static <T> T read(InputStream in, Codec<T> codec, boolean lenient, Predicate<String> defines) {
        try {
            return read(FACTORY.createParser(ObjectReadContext.empty(), in), codec, lenient, defines);
        } catch (JacksonIOException e) {
            IOException cause = e.getCause() != null ? e.getCause() : new IOException("reading failed", e);
            throw new UncheckedIOException("reading the JSON document failed", cause);
        }
    }

    private static <T> T read(JsonParser source, Codec<T> codec, boolean lenient, Predicate<String> defines) {
        try (JsonParser parser = source) {
            T value;
            try {
                In in = new In(parser, lenient, defines);
                in.start();
                value = codec.read(in);
            } catch (JacksonIOException e) {
                throw e;
            } catch (JacksonException e) {
                throw new SafeguardingJsonException(pointer(parser, e, context -> defines.test(context.currentName())),
                        describe(e), null);
            }
            checkNothingFollows(parser);
            return value;
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            throw new SafeguardingJsonException("", describe(e), null);
        }
    }

    private static void checkNothingFollows(JsonParser parser) {
        TokenStreamLocation location;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            location = parser.currentTokenLocation();
        } catch (JacksonException e) {
            location = e.getLocation();
        }
        throw new SafeguardingJsonException("", "unexpected content after the JSON value" + at(location), null);
    }

    /**
     * Where the parser stopped: the value it was reading. A property name too long to read is not yet
     * the current name, so its error points at the object that holds it. Names are shown as
     * {@link #pointer(TokenStreamContext, Predicate)} shows them.
     */
    static String pointer(JsonParser parser, JacksonException e, Predicate<TokenStreamContext> vouched) {
        TokenStreamContext context = parser.streamReadContext();
        if (Limit.of(e) == Limit.NAME_LENGTH && context.inObject()) {
            context = context.getParent();
        }
        return pointer(context, vouched);
    }

    /**
     * The JSON Pointer of {@code context}, as Jackson's {@code pathAsPointer()} gives it, but with every name
     * the format does not define replaced by its place ({@link Untrusted#token}): the document is not yet
     * known to be well-formed, and its names may hold anything. A name of an object {@code vouched} vouches
     * for is shown too (a property of a vendor's own bean, around a value of the format).
     */
    static String pointer(TokenStreamContext context, Predicate<TokenStreamContext> vouched) {
        if (context != null && !context.hasPathSegment()) {
            context = context.getParent();
        }
        StringBuilder pointer = new StringBuilder();
        for (; context != null; context = context.getParent()) {
            if (context.inObject()) {
                String name = context.currentName() == null ? "" : context.currentName();
                boolean shown = Codecs.definesName(name) || vouched.test(context);
                pointer.insert(0, "/" + Untrusted.token(name, shown, context.getCurrentIndex()));
            } else if (context.inArray()) {
                pointer.insert(0, "/" + context.getCurrentIndex());
            }
        }
        return pointer.toString();
    }

    /** What went wrong, in the format's words: never Jackson's message, which may quote the input. */
    static String describe(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            Limit limit = Limit.of(e);
            return limit == null ? "exceeds a limit of the reader" : limit.message;
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return "unexpected end of input: the JSON is incomplete";
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate ")) {
            return "duplicate property: a property may appear only once in an object";
        }
        return "malformed JSON" + at(e.getLocation());
    }

    /**
     * The limits, known by the start of Jackson's message for each (which holds only lengths, but
     * names Jackson's settings rather than the format's), and worded as the format words them.
     */
    private enum Limit {
        DOCUMENT_LENGTH("Document length", "longer than the limit of " + MAX_DOCUMENT_LENGTH
                + " characters (SafeguardingJson.MAX_DOCUMENT_LENGTH)"),
        NESTING_DEPTH("Document nesting depth", "nested deeper than the limit of " + MAX_NESTING_DEPTH
                + " levels (SafeguardingJson.MAX_NESTING_DEPTH)"),
        STRING_LENGTH("String value length", "a string longer than the limit of " + MAX_STRING_LENGTH
                + " characters (SafeguardingJson.MAX_STRING_LENGTH)"),
        NUMBER_LENGTH("Number value length", "a number longer than the limit of " + MAX_NUMBER_LENGTH
                + " characters (SafeguardingJson.MAX_NUMBER_LENGTH)"),
        NAME_LENGTH("Name length", "a property name longer than the limit of " + MAX_NAME_LENGTH
                + " characters (SafeguardingJson.MAX_NAME_LENGTH)");

        private final String jacksonPrefix;
        private final String message;

        Limit(String jacksonPrefix, String message) {
            this.jacksonPrefix = jacksonPrefix;
            this.message = message;
        }

        /** The limit {@code e} reports, or null if it reports none the format knows. */
        static Limit of(JacksonException e) {
            if (e instanceof StreamConstraintsException) {
                String jacksonMessage = String.valueOf(e.getOriginalMessage());
                for (Limit limit : values()) {
                    if (jacksonMessage.startsWith(limit.jacksonPrefix)) {
                        return limit;
                    }
                }
            }
            return null;
        }
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
