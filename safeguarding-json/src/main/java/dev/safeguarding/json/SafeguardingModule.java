package dev.safeguarding.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The library's JSON format as a Jackson 3 module, for a vendor's own {@code JsonMapper}: every type of
 * the format ({@link SafeguardingJson} lists them) is written and read exactly as {@link SafeguardingJson}
 * writes and reads it, by the same declarations, whether it is the whole document, an element of a
 * {@code List<CaseRecord>} or a property of the vendor's own bean.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(SafeguardingJson.module()).build();
 * // or: JsonMapper.builder().findAndAddModules().build()   (the module is registered for ServiceLoader)
 * String text = mapper.writeValueAsString(question);                 // as SafeguardingJson.standard().write(question)
 * ThresholdQuestion again = mapper.readValue(text, ThresholdQuestion.class);
 * List<CaseRecord> records = mapper.readValue(stream, new TypeReference<List<CaseRecord>>() { });
 * }</pre>
 *
 * <h2>Writing</h2>
 * Through the mapper's own generator, so that its indentation and its output (a string, a stream, a
 * writer) apply. The text is byte for byte what {@link SafeguardingJson#write} writes when the mapper
 * writes compactly and does not escape {@code /}: Jackson 3 escapes it as <code>&#92;/</code> by default
 * ({@code JsonWriteFeature.ESCAPE_FORWARD_SLASHES}), which is the same JSON value written differently.
 * The format's version is never written: the value is not the document.
 *
 * <h2>Reading is strict</h2>
 * Reading checks everything {@link SafeguardingJson#read} checks in the value (an unknown property, a
 * missing or malformed value, an unknown constant, a date that does not exist, a value the model
 * rejects), whatever the mapper's own settings such as {@code FAIL_ON_UNKNOWN_PROPERTIES}; the
 * {@linkplain #lenient() lenient} module ignores unknown properties, as {@link SafeguardingJson#lenient()}
 * does. Bad input is a Jackson {@link DatabindException} (which Spring, for example, turns into an
 * {@code HttpMessageNotReadableException}) whose cause is the {@link SafeguardingJsonException}, with
 * its {@link SafeguardingJsonException#path() path()} and its message; the Jackson exception's message is
 * that message, with Jackson's location (line and column) and reference chain added. Neither repeats a
 * value of the document. The limits on length and nesting are the mapper's own
 * ({@code StreamReadConstraints}); the document around the value is the mapper's business too.
 *
 * <h2>The pointer is the document's</h2>
 * The path is the JSON Pointer of the bad value in the whole document, not in the value: an
 * unknown level in the third record of a list is at {@code /2/question/level} and, in a vendor's bean
 * with a property {@code referral} holding a {@code ThresholdQuestion}, at {@code /referral/level}.
 * Names around the value are shown when the format defines them, or when the mapper is filling a
 * bean there (so the name is one of the bean's properties) and the name is plain (letters, digits,
 * {@code _ - $ .}, at most 64 characters); anything else, a key of a {@code Map} for instance, which is
 * data, is shown as its place, {@code (unknown property n)}, as {@link SafeguardingJson} shows names it
 * does not define. A bean that Jackson makes through its constructor (a Java record, a
 * {@code @JsonCreator}) is not there yet while its properties are read, so its names show as places too.
 *
 * <p>Registering the module changes nothing else of the mapper: its other types are written and read
 * as before. Instances are immutable and can be shared.
 *
 * <p>Source: not the guidance: the library's integration with Jackson 3 (issue 16); the format is
 * {@link SafeguardingJson}'s, declared once per framework.
 */
public final class SafeguardingModule extends JacksonModule {

    private final boolean lenient;

    /**
     * The module reading strictly, as {@link SafeguardingJson#standard()} reads; the one
     * {@code ServiceLoader} and {@code findAndAddModules()} find.
     */
    public SafeguardingModule() {
        this(false);
    }

    private SafeguardingModule(boolean lenient) {
        this.lenient = lenient;
    }

    /**
     * The module reading as {@link SafeguardingJson#lenient()} reads: unknown properties of the format's
     * objects are ignored; everything else is as strict.
     *
     * @return a new lenient module
     */
    public static SafeguardingModule lenient() {
        return new SafeguardingModule(true);
    }

    /**
     * Whether the module writes and reads {@code type}: a type of the format, or (for writing) a class
     * of the model's values that extends one (the model's generated implementations).
     *
     * @param type a class
     * @return true if values of {@code type} are written, and values declared as {@code type} read, by the format
     */
    public boolean supports(Class<?> type) {
        return Codecs.supports(Objects.requireNonNull(type, "type"));
    }

    /** {@code dev.safeguarding.json}, the name of the library's JSON module. */
    @Override
    public String getModuleName() {
        return "dev.safeguarding.json";
    }

    /** Unknown to Jackson: the library's version is its artifact's. */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /** One registration per reading: registering the module twice is registering it once. */
    @Override
    public Object getRegistrationId() {
        return getModuleName() + (lenient ? "/lenient" : "/standard");
    }

    /** Adds a serializer and a deserializer for every type of the format. */
    @Override
    public void setupModule(SetupContext context) {
        List<ValueSerializer<?>> serializers = new ArrayList<>();
        Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
        for (Class<?> type : Codecs.types()) {
            Codec<?> codec = Codecs.forType(type);
            serializers.add(new CodecSerializer<>(codec));
            deserializers.put(type, new CodecDeserializer<>(codec, lenient));
        }
        context.addSerializers(new SimpleSerializers(serializers));
        context.addDeserializers(new SimpleDeserializers(deserializers));
    }

    /** {@code SafeguardingModule[standard]} or {@code SafeguardingModule[lenient]}. */
    @Override
    public String toString() {
        return "SafeguardingModule[" + (lenient ? "lenient" : "standard") + "]";
    }

    /** Writes a value of the format through the mapper's generator. */
    private static final class CodecSerializer<T> extends StdSerializer<T> {

        private final Codec<T> codec;

        CodecSerializer(Codec<T> codec) {
            super(codec.type());
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            codec.write(value, new Out(generator, false));
        }
    }

    /** Reads a value of the format from the mapper's parser, with the format's errors at the document's pointer. */
    private static final class CodecDeserializer<T> extends StdDeserializer<T> {

        private static final int MAX_SHOWN_NAME = 64;

        private final Codec<T> codec;
        private final boolean lenient;

        CodecDeserializer(Codec<T> codec, boolean lenient) {
            super(codec.type());
            this.codec = codec;
            this.lenient = lenient;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            // where the value is in the document, taken now: the parser's contexts are reused as it moves on
            String at = JsonText.pointer(parser.streamReadContext(), CodecDeserializer::beanProperty);
            SafeguardingJsonException error;
            try {
                return codec.read(new In(parser, lenient));
            } catch (SafeguardingJsonException e) {
                error = e.under(at);
            } catch (JacksonException e) {
                // the mapper's parser found malformed JSON or a limit inside the value: worded as the format words it
                error = new SafeguardingJsonException(JsonText.pointer(parser, e, CodecDeserializer::beanProperty),
                        JsonText.describe(e), null);
            }
            throw DatabindException.from(parser, error.getMessage(), error);
        }

        /**
         * Whether the name of {@code object} (an object around the value) is one of a bean's properties,
         * safe to show: the mapper is filling a bean there, not a {@code Map} whose keys are data, and the
         * name is plain.
         */
        private static boolean beanProperty(TokenStreamContext object) {
            Object bean = object.currentValue();
            return bean != null && !(bean instanceof Map) && plain(object.currentName());
        }

        private static boolean plain(String name) {
            if (name == null || name.isEmpty() || name.length() > MAX_SHOWN_NAME) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
                if (!letterOrDigit && "_-$.".indexOf(c) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
