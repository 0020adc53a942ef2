package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.CHILD;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.QUESTION;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.logged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The format as a Jackson module in a vendor's own mapper: the same bytes, the same strict reading, the document's pointer. */
class SafeguardingModuleTest {

    /** A vendor's mapper with Jackson's defaults and the module. */
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(SafeguardingJson.module()).build();

    /** A vendor's bean holding a model value, as a request body might. */
    public static final class Referral {
        public String reference;
        public ThresholdQuestion question;
        public Map<String, Child> siblings = new LinkedHashMap<>();
    }

    /** A vendor's record holding a model value: Jackson makes it through its constructor, after reading it. */
    public record Submission(String reference, ThresholdQuestion question) {
    }

    /** One line of the golden file: a type's simple name and the compact JSON of a value. */
    private record Golden(Class<?> type, String text) {
    }

    private static List<Golden> golden() throws IOException {
        Map<String, Class<?>> bySimpleName = Codecs.types().stream()
                .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
        List<Golden> lines = new ArrayList<>();
        try (InputStream file = SafeguardingModuleTest.class.getResourceAsStream("/golden/format-1.jsonl")) {
            assertNotNull(file, "golden file");
            for (String line : new String(file.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                int tab = line.indexOf('\t');
                lines.add(new Golden(bySimpleName.get(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return lines;
    }

    @Test
    void everyValueOfTheGoldenFileIsWrittenByTheMapperByteForByteAsSafeguardingJsonWritesIt() throws IOException {
        List<Golden> lines = golden();
        assertTrue(lines.size() > 500, "golden values: " + lines.size());
        for (Golden line : lines) {
            Object value = JSON.read(line.text(), line.type());
            assertEquals(line.text(), MAPPER.writeValueAsString(value), line.type().getSimpleName());
            assertEquals(value, MAPPER.readValue(line.text(), line.type()), line.type().getSimpleName());
        }
    }

    @Test
    void aMapperThatEscapesSlashesWritesTheSameValuesWithOnlyThatDifference() throws IOException {
        JsonMapper escaping = JsonMapper.builder().addModule(SafeguardingJson.module())
                .enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        for (Golden line : golden()) {
            Object value = JSON.read(line.text(), line.type());
            String written = escaping.writeValueAsString(value);
            assertEquals(line.text().replace("/", "\\/"), written, line.type().getSimpleName());
            assertEquals(value, escaping.readValue(written, line.type()));
        }
    }

    @Test
    void prettyPrintingIsTheMappersOwnAndReadsBackTheSameValue() {
        String pretty = MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(QUESTION);
        assertTrue(pretty.contains("\n"), pretty);
        assertEquals(QUESTION, JSON.read(pretty, ThresholdQuestion.class));
    }

    @Test
    void findAndAddModulesFindsTheModuleThroughServiceLoader() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertTrue(found.registeredModules().stream().anyMatch(SafeguardingModule.class::isInstance),
                () -> "modules: " + found.registeredModules());
        assertEquals(JSON.write(CHILD), found.writeValueAsString(CHILD));
    }

    @Test
    void withoutTheModuleJackson3WritesAModelValueWithoutItsData() {
        // the gap the module closes: Jackson 3 sees no getters on the model's values (only isUnborn()), so no data
        JsonMapper plain = JsonMapper.builder().build();
        assertFalse(plain.writeValueAsString(CHILD).contains("dateOfBirth"), plain.writeValueAsString(CHILD));
    }

    @Test
    void aListOfModelValuesIsReadByTypeReferenceFromAStreamAndAReader() {
        ThresholdQuestion other = ThresholdQuestion.builder().from(QUESTION)
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ACUTE))
                .build();
        List<ThresholdQuestion> questions = List.of(QUESTION, other);
        String text = "[" + JSON.write(QUESTION) + "," + JSON.write(other) + "]";
        assertEquals(text, MAPPER.writeValueAsString(questions));
        TypeReference<List<ThresholdQuestion>> listOfQuestions = new TypeReference<>() { };
        assertEquals(questions, MAPPER.readValue(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                listOfQuestions));
        assertEquals(questions, MAPPER.readValue(new StringReader(text), listOfQuestions));
    }

    @Test
    void aModelValueInAVendorsBeanIsWrittenAndReadInTheFormat() {
        Referral referral = new Referral();
        referral.reference = "r-1";
        referral.question = QUESTION;
        referral.siblings.put("older", CHILD);
        String text = MAPPER.writeValueAsString(referral);
        // Jackson 3 orders a bean's properties alphabetically by default
        assertEquals("{\"question\":" + JSON.write(QUESTION) + ",\"reference\":\"r-1\",\"siblings\":{\"older\":"
                + JSON.write(CHILD) + "}}", text);
        Referral again = MAPPER.readValue(text, Referral.class);
        assertEquals(QUESTION, again.question);
        assertEquals(Map.of("older", CHILD), again.siblings);
    }

    @Test
    void anUnknownConstantInAListIsAJacksonExceptionAtTheDocumentsPointerWithTheAllowedConstants() {
        String text = "[" + JSON.write(QUESTION) + "," + JSON.write(QUESTION).replace("\"COMPLEX\"", "\"SEVERE\"") + "]";
        SafeguardingJsonException e = readFails(text, new TypeReference<List<ThresholdQuestion>>() { });
        assertEquals("/1/indicators/0/level", e.path());
        assertEquals(List.of("UNIVERSAL", "ADDITIONAL", "COMPLEX", "ACUTE"), e.allowed());
    }

    @Test
    void aBadDateInAVendorsBeanIsAtItsPointerInTheDocumentAndNeverEchoed() {
        String text = json("{'reference':'r-1','question':" + JSON.write(QUESTION).replace("2015-06-01", "2015-02-30")
                .replace('"', '\'') + "}");
        DatabindException thrown = assertThrows(DatabindException.class, () -> MAPPER.readValue(text, Referral.class));
        SafeguardingJsonException e = assertInstanceOf(SafeguardingJsonException.class, thrown.getCause());
        assertEquals("/question/child/dateOfBirth", e.path());
        assertTrue(thrown.getMessage().contains("/question/child/dateOfBirth: expected a date that exists"),
                thrown::getMessage);
        assertFalse(logged(thrown).contains("2015-02-30"), () -> logged(thrown));
    }

    @Test
    void aPropertyOfAVendorsRecordIsShownAsItsPlaceForTheRecordIsNotMadeWhileItIsRead() {
        String text = json("{'reference':'r-1','question':" + JSON.write(QUESTION).replace("2015-06-01", "2015-02-30")
                .replace('"', '\'') + "}");
        SafeguardingJsonException e = readFails(text, new TypeReference<Submission>() { });
        assertEquals("/(unknown property 2)/child/dateOfBirth", e.path());
    }

    @Test
    void aKeyOfAVendorsMapIsDataAndShownOnlyAsItsPlace() {
        String text = json("{'siblings':{'Zebedee Quartermain':{'id':'c-2','dateOfBirth':'yesterday'}}}");
        SafeguardingJsonException e = readFails(text, new TypeReference<Referral>() { });
        assertEquals("/siblings/(unknown property 1)/dateOfBirth", e.path());
    }

    @Test
    void unknownPropertiesAreErrorsWhateverTheMappersSettingUnlessTheModuleIsLenient() {
        String text = JSON.write(CHILD).replace("{", "{\"nickname\":\"Bee\",");
        JsonMapper tolerant = JsonMapper.builder().addModule(SafeguardingJson.module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        DatabindException thrown = assertThrows(DatabindException.class, () -> tolerant.readValue(text, Child.class));
        SafeguardingJsonException e = assertInstanceOf(SafeguardingJsonException.class, thrown.getCause());
        assertEquals("/(unknown property 1)", e.path());
        assertTrue(e.allowed().contains("dateOfBirth"), e.allowed()::toString);
        JsonMapper lenient = JsonMapper.builder().addModule(SafeguardingModule.lenient()).build();
        assertEquals(CHILD, lenient.readValue(text, Child.class));
    }

    @Test
    void malformedJsonInsideAValueIsAtItsPointerInTheFormatsWords() {
        String text = "[" + JSON.write(CHILD).replace("\"c-1\"", "Alice") + "]";
        SafeguardingJsonException e = readFails(text, new TypeReference<List<Child>>() { });
        assertEquals("/0/id", e.path());
        assertTrue(e.getMessage().contains("malformed JSON"), e::getMessage);
        assertTrue(e.allowed().isEmpty());
    }

    @Test
    void theModuleSupportsTheFormatsTypesAndTheModelsImplementationsOfThem() {
        SafeguardingModule module = new SafeguardingModule();
        assertTrue(module.supports(ThresholdQuestion.class));
        assertTrue(module.supports(QUESTION.getClass()));
        assertTrue(module.supports(LevelOfNeed.class));
        assertFalse(module.supports(String.class));
        assertFalse(module.supports(Referral.class));
        assertTrue(JSON.supports(Child.class));
        assertFalse(JSON.supports(Object.class));
    }

    @Test
    void registeringTheModuleTwiceRegistersItOnce() {
        JsonMapper twice = JsonMapper.builder().addModule(new SafeguardingModule()).addModule(SafeguardingJson.module())
                .build();
        assertEquals(1, twice.registeredModules().stream().filter(SafeguardingModule.class::isInstance).count());
    }

    /** Reading {@code text} with the vendor's mapper fails with a Jackson exception caused by the format's. */
    private static SafeguardingJsonException readFails(String text, TypeReference<?> type) {
        DatabindException thrown = assertThrows(DatabindException.class, () -> MAPPER.readValue(text, type));
        return assertInstanceOf(SafeguardingJsonException.class, thrown.getCause(), thrown::getMessage);
    }
}
