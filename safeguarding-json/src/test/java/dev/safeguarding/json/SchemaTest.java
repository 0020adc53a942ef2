package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import java.time.LocalDate;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas: generated from the format's declarations, shipped in the jar exactly as generated,
 * and agreeing with the reader: every written value is valid under its type's schema (checked by a real
 * JSON Schema validator), and documents the reader rejects for a reason a schema can state are
 * rejected by the schema too.
 *
 * <p>After a change of the format, rewrite the shipped files with
 * {@code mvn -pl safeguarding-json -am test -Dtest=SchemaTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsafeguarding.schema.update=true}.
 */
class SchemaTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Path SHIPPED = Path.of("src/main/resources/dev/safeguarding/json/schema/1");

    static List<Class<?>> types() {
        return Codecs.types().stream().toList();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSchemaShippedInTheJarIsTheOneTheDeclarationsGenerate(Class<?> type) throws IOException {
        String generated = JSON.schema(type) + "\n";
        String file = type.getSimpleName() + ".schema.json";
        if (Boolean.getBoolean("safeguarding.schema.update")) {
            Files.writeString(SHIPPED.resolve(file), generated, StandardCharsets.UTF_8);
        }
        try (InputStream shipped = SafeguardingJson.class.getResourceAsStream("schema/1/" + file)) {
            assertNotNull(shipped, () -> file + " is not in the jar; run with -Dsafeguarding.schema.update=true");
            assertEquals(generated, new String(shipped.readAllBytes(), StandardCharsets.UTF_8),
                    () -> file + " differs from what the declarations generate");
        }
    }

    @Test
    void everyGeneratedValueIsValidUnderItsTypesSchema() {
        for (Class<?> type : Codecs.types()) {
            Gen<?> values = CscApiGen.of(type).orElseThrow(() -> new AssertionError("no generator for " + type));
            Schema schema = schema(type);
            Property.forAll(type.isEnum() ? 20 : 100, values, value -> {
                List<Error> errors = schema.validate(MAPPER.readTree(JSON.write(value)));
                assertTrue(errors.isEmpty(), () -> type.getSimpleName() + ": " + errors);
            });
        }
    }

    @Test
    void everyConstantIsValidUnderItsEnumsSchema() {
        for (Class<?> type : Codecs.types()) {
            if (type.isEnum()) {
                Schema schema = schema(type);
                for (Object constant : type.getEnumConstants()) {
                    assertTrue(schema.validate(MAPPER.readTree(JSON.write(constant))).isEmpty(), constant::toString);
                }
            }
        }
    }

    @Test
    void aDateOutsideYearsZeroToNineThousandNineHundredAndNinetyNineRoundTripsAndIsValid() {
        Schema schema = schema(Child.class);
        for (LocalDate born : List.of(LocalDate.of(10_000, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(9999, 12, 31))) {
            Child child = Child.born("c-1", born);
            String text = JSON.write(child);
            assertEquals(child, JSON.read(text, Child.class), text);
            assertTrue(schema.validate(MAPPER.readTree(text)).isEmpty(), text);
        }
        Docs.failsAt("/dateOfBirth", "expected a date that exists", "{\"id\":\"c-1\",\"dateOfBirth\":\"10000-01-01\"}",
                Child.class);
    }

    @Test
    void documentsCarryingTheFormatVersionAreValidToo() {
        Schema schema = schema(ThresholdQuestion.class);
        String text = JSON.withFormatVersion().write(Docs.QUESTION);

        assertTrue(schema.validate(MAPPER.readTree(text)).isEmpty());
        assertFalse(schema.validate(MAPPER.readTree(text.replace("\"formatVersion\":1", "\"formatVersion\":2")))
                .isEmpty());
    }

    /** What the reader rejects for a reason a schema can state, the schema rejects too. */
    @Test
    void theSchemaRejectsWhatTheReaderRejectsWhereASchemaCanSaySo() {
        Schema schema = schema(ThresholdQuestion.class);
        ObjectNode good = Docs.tree(Docs.QUESTION);
        List<JsonNode> bad = List.of(
                good.deepCopy().put("unknown", 1),                                     // an unknown property
                without(good, "child"),                                                 // a required one missing
                good.deepCopy().put("immediateDanger", "yes"),                          // the wrong JSON type
                good.deepCopy().put("consent", "MAYBE"),                                // an unknown constant
                good.deepCopy().putNull("consent"),                                     // null for a defaulted one
                withChild(good, child -> child.put("dateOfBirth", "01/06/2015")),       // not yyyy-MM-dd
                withArray(good, "cohorts", "YOUNG_CARERS", "YOUNG_CARERS"));            // a constant twice
        for (JsonNode document : bad) {
            String text = MAPPER.writeValueAsString(document);
            assertFalse(schema.validate(document).isEmpty(), () -> "the schema accepts " + text);
            Docs.readFails(JSON, text, ThresholdQuestion.class);
        }
    }

    private static Schema schema(Class<?> type) {
        return REGISTRY.getSchema(JSON.schema(type));
    }

    private static JsonNode without(ObjectNode document, String property) {
        ObjectNode copy = document.deepCopy();
        copy.remove(property);
        return copy;
    }

    private static JsonNode withChild(ObjectNode document, java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode copy = document.deepCopy();
        edit.accept((ObjectNode) copy.get("child"));
        return copy;
    }

    private static JsonNode withArray(ObjectNode document, String property, String... values) {
        ObjectNode copy = document.deepCopy();
        var array = copy.putArray(property);
        for (String value : values) {
            array.add(value);
        }
        return copy;
    }
}
