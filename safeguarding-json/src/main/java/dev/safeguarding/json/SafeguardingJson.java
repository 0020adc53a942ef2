package dev.safeguarding.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The library's JSON format: writes the model's values as JSON and reads them back exactly.
 *
 * <pre>{@code
 * SafeguardingJson json = SafeguardingJson.standard();
 * String text = json.write(question);
 * ThresholdQuestion again = json.read(text, ThresholdQuestion.class);   // again.equals(question)
 * }</pre>
 *
 * <h2>Types</h2>
 * Every value type and every enum of the model: a threshold question and its guidance, a child, a
 * finding, a timescale, a consent or a sharing decision, a level of need or a golden rule, and so on
 * for each practice framework (the build checks that no public type of the model lacks a format). And the
 * DfE CSC API payload of {@code dev.safeguarding.census.cscapi}: its request body, a
 * {@code CscApiBatch}, is written as the JSON array the API takes, with the OpenAPI's own snake_case
 * property names ({@code la_child_id}), and read back with the OpenAPI's rules enforced. Asking
 * for any other type is an {@link IllegalArgumentException} that lists the supported ones.
 *
 * <h2>The format</h2>
 * <ul>
 *   <li>A value type is a JSON object whose property names are the model's accessor names
 *       ({@code dateOfBirth}, {@code section47Indicators}), written in the order the model declares them.</li>
 *   <li>An enum constant is a string, its constant name ({@code "ADDITIONAL"}); a
 *       {@link dev.safeguarding.model.need.GuidanceCode} or
 *       {@link dev.safeguarding.model.sharing.SharingAdviceCode} is its stable {@code code()}
 *       ({@code "need.immediate-danger"}, {@code "sharing.seek-consent-first"}). Names are case-sensitive.</li>
 *   <li>A date is a string {@code yyyy-MM-dd} (ISO 8601); it must name a day that exists.</li>
 *   <li>An empty {@code Optional} is left out when writing; when reading, an optional property may be
 *       absent or {@code null}, and both mean empty.</li>
 *   <li>A property with a default in the model ({@code immediateDanger}, {@code consent}, ...) is always
 *       written; when reading it may be absent, and then takes the model's default ({@code null} is an
 *       error: it is not a value).</li>
 *   <li>Lists and sets are arrays: lists in their order, sets of constants in enum order. They are always
 *       written; when reading they may be absent, meaning empty. A constant twice in a set is an error.</li>
 *   <li>Values the model derives ({@code AreaChange.direction()}, {@code GradedCareChange.overall()}) are
 *       not written.</li>
 *   <li>{@code ThresholdProfile.responses()} is an object keyed by the level's constant name
 *       ({@code {"UNIVERSAL": "UNIVERSAL_SERVICES", ...}}), written in the order of the continuum.</li>
 *   <li>{@code EscalationProtocol.stageTimescales()} is likewise an object keyed by the stage's constant name
 *       ({@code {"PROFESSIONAL_TO_PROFESSIONAL": {...timescale...}}}), written in stage order.</li>
 *   <li>Whole numbers are JSON numbers without fraction or exponent, in the range of {@code int}.</li>
 * </ul>
 *
 * <h2>Reading is strict</h2>
 * The text must hold exactly one JSON value, and nothing after it but white space. Bad input is always
 * a {@link SafeguardingJsonException} (unchecked) whose {@link SafeguardingJsonException#path() path()}
 * is the JSON Pointer of the bad value and whose message says what was expected there: a property that
 * is missing ({@code "required, but missing"}), a value of the wrong JSON type ({@code "expected a
 * string, found a number"}), {@code null} where a value is required, an unknown enum constant (the
 * message lists the allowed ones), a number out of range, a date that does not exist, a property given
 * twice in one object, an unknown property (the message lists the known ones), input beyond the limits
 * below, or a value the model rejects (the path names the field, the message is the model's rule). The
 * message and the path never repeat the bad value, which may be personal data (a name, a date of
 * birth); only the model's own exceptions, which name fields and rules but never values, are kept as
 * causes. The {@linkplain #lenient() lenient} reader differs in one thing only: it ignores unknown
 * properties. A string that is not text, one with an unpaired UTF-16 surrogate (<code>"Ann&#92;ud800e"</code>, which
 * UTF-8 cannot encode), is an error at its pointer.
 *
 * <h2>Messages are safe to log</h2>
 * A message and a {@link SafeguardingJsonException#path() path()} never hold a control character, a value
 * of the document, or a name the document gives that the format does not define: an unknown property, or
 * a key of {@code responses} or {@code stageTimescales} that is no constant. Such a name could hold a line
 * break that forges a log line, or personal data. The path stays a JSON Pointer (RFC 6901, {@code ~} as
 * {@code ~0} and {@code /} as {@code ~1}), but such a name is replaced in it by its place among the
 * properties of its object, counted from 1: reading {@code {"id": "c-1", "dateOfBirth": "2015-06-01",
 * "Zebedee\nQuartermain": 1}} as a {@code Child} fails at {@code /(unknown property 3)}, with the message
 * {@code /(unknown property 3): unknown property; expected one of: id, dateOfBirth, expectedDateOfDelivery,
 * name}. Names the format defines (the properties of its types, the constants of its enums) appear as they are.
 *
 * <h2>Limits</h2>
 * Reading refuses, with a {@link SafeguardingJsonException}, text longer than
 * {@value #MAX_DOCUMENT_LENGTH} characters, nested deeper than {@value #MAX_NESTING_DEPTH} arrays and
 * objects, or holding a string longer than {@value #MAX_STRING_LENGTH} characters, a number longer than
 * {@value #MAX_NUMBER_LENGTH} characters or a property name longer than {@value #MAX_NAME_LENGTH}
 * characters. The deepest value of the model (a statement's contributor in an assessment's parenting
 * capacity) nests eight levels; the limits are far above what the model's values need and far below what
 * would strain a server.
 *
 * <h2>No surprises</h2>
 * The format is declared by hand for each type, one line per property: no annotations, no reflection
 * over the model, no polymorphic typing (a document can never name a class to instantiate). Documents
 * are read with Jackson's streaming parser straight into the model's builders; the first problem in the
 * document's order is the one reported.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #standard()} and
 * {@link #lenient()} return shared instances.
 */
public final class SafeguardingJson {

    /** The longest text {@link #read} accepts, in characters (UTF-16 code units): {@value}. */
    public static final int MAX_DOCUMENT_LENGTH = 1_000_000;

    /** The deepest nesting of arrays and objects {@link #read} accepts: {@value}. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The longest string value {@link #read} accepts, in characters: {@value}. */
    public static final int MAX_STRING_LENGTH = 100_000;

    /** The longest number {@link #read} accepts, in characters: {@value}. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The longest property name {@link #read} accepts, in characters: {@value}. */
    public static final int MAX_NAME_LENGTH = 256;

    /**
     * The major version of the format: {@value}. A top-level document may carry it as
     * {@code "formatVersion": 1} (see {@link #withFormatVersion()}). Within a major version the format
     * only grows: new optional properties and new constants, never a renamed or removed one, so that
     * every document of the version, and every document that carries no version, stays readable. A
     * change that would break that is a new major version, and this reader refuses documents of a
     * version it does not know.
     */
    public static final int FORMAT_VERSION = 1;

    private static final SafeguardingJson STANDARD = new SafeguardingJson(false, false);
    private static final SafeguardingJson LENIENT = new SafeguardingJson(true, false);

    private final boolean lenient;
    private final boolean formatVersion;

    private SafeguardingJson(boolean lenient, boolean formatVersion) {
        this.lenient = lenient;
        this.formatVersion = formatVersion;
    }

    /**
     * The format, reading strictly: an unknown property is an error.
     *
     * @return the shared standard instance
     */
    public static SafeguardingJson standard() {
        return STANDARD;
    }

    /**
     * The format, reading leniently: unknown properties of objects are ignored, for example those a
     * newer version of the library writes. Everything else is as strict as {@link #standard()}: a
     * missing or malformed value, an unknown enum constant (also as a key of {@code responses}, which is
     * data, not a property), a duplicate property or trailing content is still an error. Writing is the
     * same.
     *
     * @return the shared lenient instance
     */
    public static SafeguardingJson lenient() {
        return LENIENT;
    }

    /**
     * This format, writing {@code "formatVersion": }{@value #FORMAT_VERSION} as the first property of
     * every top-level object it writes (nested values never carry it). Reading is the same: a document
     * may carry the version or not.
     *
     * @return a reader and writer like this one that writes the format's version
     */
    public SafeguardingJson withFormatVersion() {
        return new SafeguardingJson(lenient, true);
    }

    /**
     * The format as a Jackson 3 module, for a vendor's own {@code JsonMapper}: the mapper then writes and
     * reads every type of the format exactly as this class does, strict errors included (see
     * {@link SafeguardingModule}). The module is also registered for {@code ServiceLoader}, so that
     * {@code JsonMapper.builder().findAndAddModules()} finds it.
     *
     * @return a new module reading strictly, as {@link #standard()} reads
     */
    public static SafeguardingModule module() {
        return new SafeguardingModule();
    }

    /**
     * Whether the format writes values of {@code type} and reads values declared as {@code type}: one of
     * the model's value types or enums, or a class of the model's values that extends one.
     *
     * @param type a class, for example {@code ThresholdQuestion.class}
     * @return true if {@link #write} and {@link #read} take it; false where they would throw an
     *         {@link IllegalArgumentException}
     */
    public boolean supports(Class<?> type) {
        return Codecs.supports(Objects.requireNonNull(type, "type"));
    }

    /**
     * The JSON Schema (draft 2020-12) of documents of {@code type}, generated from the same declarations
     * that write and read them, so that it cannot drift from the format. Its {@code $id} is
     * {@code https://safeguarding.dev/schema/1/<SimpleName>.schema.json}; the same schemas are in the
     * jar under {@code dev/safeguarding/json/schema/1/}, for tools that are not written in Java.
     *
     * <p>The schema holds what the format holds: the property names, their JSON types, which are
     * required, the allowed constants, the syntax of dates, the range of whole numbers, no unknown
     * property, no constant twice in a set. The model's own rules over several properties or over values
     * (exactly one of a date of birth and an expected date of delivery; a scaling score from 0 to 10) are
     * checked by {@link #read} and are not in the schema.
     *
     * @param type a type of the format, for example {@code ThresholdQuestion.class}
     * @return the schema, as JSON text indented for people to read
     * @throws IllegalArgumentException if the format has no type {@code type}, naming those it has
     */
    public String schema(Class<?> type) {
        Objects.requireNonNull(type, "type");
        return JsonText.writeTree(Schemas.of(Codecs.forType(type)));
    }

    /**
     * {@code value} as compact JSON (no white space).
     *
     * @param value a value of one of the format's types
     * @return the JSON text, one value
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if the format has no type for {@code value}, naming those it has
     */
    public String write(Object value) {
        return write(value, false);
    }

    /**
     * Writes {@code value} to {@code out} as compact JSON in UTF-8, the same text as {@link #write(Object)}, for
     * example a DfE CSC API request body ({@code CscApiBatch}) straight to a request or a file. {@code out} is
     * flushed, not closed.
     *
     * @param value a value of one of the format's types
     * @param out   where to write it
     * @throws NullPointerException     if {@code value} or {@code out} is null
     * @throws IllegalArgumentException if the format has no type for {@code value}, naming those it has
     * @throws UncheckedIOException     if {@code out} fails
     */
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        Codec<Object> codec = Codecs.forValue(value);
        try {
            JsonText.write(out, formatVersion, generator -> codec.write(value, generator));
        } catch (JacksonIOException e) {
            // the stream's own failure, kept: it names the stream, not the value
            throw new UncheckedIOException("writing JSON failed", e.getCause() != null ? e.getCause()
                    : new IOException("writing JSON failed (" + e.getClass().getSimpleName() + ")"));
        } catch (JacksonException e) {
            // Jackson's message is not passed on: it may quote the value
            throw new UncheckedIOException(new IOException("writing JSON failed (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /**
     * {@code value} as JSON indented for people to read: two spaces per level, {@code \n} line ends on
     * every platform. Reads back as {@link #write} does.
     *
     * @param value a value of one of the format's types
     * @return the JSON text, one value over several lines
     * @throws NullPointerException     if {@code value} is null
     * @throws IllegalArgumentException if the format has no type for {@code value}, naming those it has
     */
    public String writePretty(Object value) {
        return write(value, true);
    }

    /**
     * The value of {@code type} that {@code text} holds.
     *
     * @param <T>  the type
     * @param text one JSON value, as {@link #write} writes it
     * @param type the class of the value, for example {@code ThresholdQuestion.class} or {@code LevelOfNeed.class}
     * @return the value, equal to the one that was written
     * @throws SafeguardingJsonException for any bad input, with the JSON Pointer of the bad value
     * @throws NullPointerException      if {@code text} or {@code type} is null (a caller's error, not bad input)
     * @throws IllegalArgumentException  if the format has no type {@code type}, naming those it has
     */
    public <T> T read(String text, Class<T> type) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        return JsonText.read(text, Codecs.forType(type), lenient);
    }

    /**
     * The value of {@code type} that the UTF-8 bytes {@code utf8} hold, read as {@link #read(String, Class)}
     * reads their text: the same value, the same errors at the same pointers. Bytes that are not UTF-8 are bad
     * input too (a {@link SafeguardingJsonException} naming the first bad byte's place, never the bytes). A
     * document that is all ASCII, as the format writes one, is parsed as it is, with no string made first.
     *
     * @param <T>  the type
     * @param utf8 one JSON value in UTF-8, as {@link #write(Object, OutputStream)} writes it; not changed
     * @param type the class of the value
     * @return the value, equal to the one that was written
     * @throws SafeguardingJsonException for any bad input, with the JSON Pointer of the bad value
     * @throws NullPointerException      if {@code utf8} or {@code type} is null
     * @throws IllegalArgumentException  if the format has no type {@code type}, naming those it has
     */
    public <T> T read(byte[] utf8, Class<T> type) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.requireNonNull(type, "type");
        return JsonText.read(utf8, Codecs.forType(type), lenient);
    }

    /** {@code SafeguardingJson[standard]} or {@code SafeguardingJson[lenient]}. */
    @Override
    public String toString() {
        return "SafeguardingJson[" + (lenient ? "lenient" : "standard") + (formatVersion ? ", with format version" : "")
                + "]";
    }

    private String write(Object value, boolean pretty) {
        Objects.requireNonNull(value, "value");
        Codec<Object> codec = Codecs.forValue(value);
        return JsonText.write(pretty, formatVersion, out -> codec.write(value, out));
    }
}
