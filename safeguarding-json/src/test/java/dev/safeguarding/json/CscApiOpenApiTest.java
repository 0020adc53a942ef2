package dev.safeguarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.safeguarding.census.CollectionYear;
import dev.safeguarding.census.cscapi.ChildDetails;
import dev.safeguarding.census.cscapi.CscApi;
import dev.safeguarding.census.cscapi.CscApiBatch;
import dev.safeguarding.census.cscapi.CscApiChild;
import dev.safeguarding.census.cscapi.HealthAndWellbeing;
import dev.safeguarding.census.cscapi.SocialCareEpisode;
import dev.safeguarding.census.synthetic.SyntheticCensus;
import dev.safeguarding.testing.Property;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies the library writes are valid under the DfE's own OpenAPI: {@code openapi.json} 1.0.1
 * (DFE-Digital/children-in-social-care-schemas, MIT, kept in {@code src/test/resources/dfe-csc-api} with its
 * licence), its request-body schema {@code #/components/schemas/CSC}, checked by a real JSON Schema validator
 * (networknt, with its OpenAPI 3.0 dialect and format assertions on). And the rules the library enforces are
 * the OpenAPI's: a value one character beyond each limit is refused by both.
 */
class CscApiOpenApiTest {

    private static final String OPENAPI = "https://raw.githubusercontent.com/DFE-Digital/children-in-social-care-schemas/"
            + "aa2640dbca42/openapi.json";
    private static final SafeguardingJson JSON = SafeguardingJson.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Schema csc;
    private static JsonNode openApi;

    @BeforeAll
    static void loadTheOpenApi() throws IOException {
        String text;
        try (InputStream in = CscApiOpenApiTest.class.getResourceAsStream("/dfe-csc-api/openapi.json")) {
            assertNotNull(in, "the DfE's openapi.json is missing from the test resources");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        openApi = MAPPER.readTree(text);
        assertEquals("1.0.1", openApi.at("/info/version").asString());
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), builder -> builder
                .schemas(Map.of(OPENAPI, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        csc = registry.getSchema(SchemaLocation.of(OPENAPI + "#/components/schemas/CSC"));
    }

    private static List<Error> errors(String text) {
        return csc.validate(MAPPER.readTree(text));
    }

    private static void valid(CscApiBatch batch) {
        String text = JSON.write(batch);
        List<Error> errors = errors(text);
        assertTrue(errors.isEmpty(), () -> batch + ": " + errors);
    }

    @Test
    void theValidatorIsNotVacuous() {
        ArrayNode withExample = MAPPER.createArrayNode().add(openApi.at("/components/schemas/CSC/items/example"));
        assertEquals(List.of(), csc.validate(withExample), "the OpenAPI's own example");
        assertFalse(errors("[{}]").isEmpty(), "la_child_id is required");
        assertFalse(errors("[{\"la_child_id\":\"C1\",\"name\":\"x\"}]").isEmpty(), "no other properties");
        assertFalse(errors("[{\"la_child_id\":\"C1\",\"mis_child_id\":null}]").isEmpty(), "not nullable");
        assertFalse(errors("[{\"la_child_id\":\"C1\",\"child_details\":{\"date_of_birth\":\"01/06/2015\"}}]").isEmpty(),
                "format date is asserted");
        assertFalse(errors("{\"la_child_id\":\"C1\"}").isEmpty(), "the body is an array");
    }

    @Test
    void requestBodiesFromSyntheticCensusFilesOfEveryYearAreValid() {
        for (CollectionYear year : CollectionYear.values()) {
            for (long seed : new long[] {1, 2, 3}) {
                int size = (int) (1 + seed * 97 % 260);
                CscApi.batches(SyntheticCensus.of(seed, year).children(size)).forEach(CscApiOpenApiTest::valid);
            }
        }
    }

    @Test
    void aFullBatchOfOneHundredChildrenIsValid() {
        List<CscApiBatch> batches = CscApi.batches(SyntheticCensus.of(42, CollectionYear.CIN_2026_27).message(100));
        assertEquals(1, batches.size());
        assertEquals(100, batches.get(0).size());
        valid(batches.get(0));
    }

    @Test
    void purgeRecordsAreValid() {
        valid(CscApiBatch.of(List.of(CscApiChild.purgeRecord("SYN0000001", Optional.of("mis-1")),
                CscApiChild.purgeRecord("SYN0000002", Optional.empty()),
                CscApiChild.builder().laChildId("C3").childDetails(ChildDetails.purged())
                        .healthAndWellbeing(HealthAndWellbeing.purged())
                        .addSocialCareEpisode(SocialCareEpisode.purged("C3-E1")).build())));
    }

    @Test
    void childrenAtEveryLimitOfTheOpenApiAreValid() {
        valid(CscApiBatch.of(IntStream.range(0, 100).mapToObj(CscApiGen::maximal).toList()));
    }

    @Test
    void everyPayloadTheTypesAllowIsValid() {
        Property.forAll(300, CscApiGen.batches(), CscApiOpenApiTest::valid);
    }

    /**
     * For each rule, the longest value allowed passes both, one beyond it fails both: the OpenAPI's schema, and
     * the library's reader (at the same pointer; for an item of a list too long, at the list), so the library
     * enforces exactly the OpenAPI's rules.
     */
    @Test
    void aValueBeyondEachLimitIsRefusedByTheOpenApiAndByTheLibrary() {
        ObjectNode child = (ObjectNode) MAPPER.readTree(JSON.write(CscApiGen.maximal(1)));
        Map<String, String> beyond = Map.ofEntries(
                Map.entry("/la_child_id", "A".repeat(21)), Map.entry("/mis_child_id", "m".repeat(37)),
                Map.entry("/child_details/unique_pupil_number", "A92600000001"),
                Map.entry("/child_details/former_unique_pupil_number", "A9260000000123"),
                Map.entry("/child_details/unique_pupil_number_unknown_reason", "UN100"),
                Map.entry("/child_details/sex", "MF"), Map.entry("/child_details/ethnicity", "WBRIT"),
                Map.entry("/child_details/postcode", "NR12 3ABC"),
                Map.entry("/social_care_episodes/0/social_care_episode_id", "e".repeat(37)),
                Map.entry("/social_care_episodes/0/referral_source", "10A"),
                Map.entry("/social_care_episodes/0/closure_reason", "RC10"),
                Map.entry("/social_care_episodes/0/care_worker_details/0/worker_id", "w".repeat(13)),
                Map.entry("/social_care_episodes/0/child_and_family_assessments/0/child_and_family_assessment_id",
                        "a".repeat(37)),
                Map.entry("/social_care_episodes/0/child_in_need_plans/0/child_in_need_plan_id", "p".repeat(37)),
                Map.entry("/social_care_episodes/0/section_47_assessments/0/section_47_assessment_id", "s".repeat(37)),
                Map.entry("/social_care_episodes/0/child_protection_plans/0/child_protection_plan_id", "c".repeat(37)),
                Map.entry("/social_care_episodes/0/child_looked_after_placements/0/child_looked_after_placement_id",
                        "l".repeat(37)),
                Map.entry("/social_care_episodes/0/child_looked_after_placements/0/start_reason", "SB"),
                Map.entry("/social_care_episodes/0/child_looked_after_placements/0/placement_type", "K1AB"),
                Map.entry("/social_care_episodes/0/child_looked_after_placements/0/postcode", "NR12 3ABC"),
                Map.entry("/social_care_episodes/0/child_looked_after_placements/0/end_reason", "E3AB"),
                Map.entry("/social_care_episodes/0/child_looked_after_placements/0/change_reason", "CHILDXY"),
                Map.entry("/social_care_episodes/0/care_leavers/activity", "F2X"),
                Map.entry("/social_care_episodes/0/care_leavers/accommodation", "B1"));
        beyond.forEach((pointer, value) -> bothRefuse(child, "/0" + pointer, target -> {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) target.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        }));
        Map<String, String> patterns = Map.of("/la_child_id", "C_1", "/mis_child_id", "m 1",
                "/social_care_episodes/0/social_care_episode_id", "e.1",
                "/social_care_episodes/0/care_worker_details/0/worker_id", "w/1");
        patterns.forEach((pointer, value) -> bothRefuse(child, "/0" + pointer, target -> {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) target.at(pointer.substring(0, slash))).put(pointer.substring(slash + 1), value);
        }));
        bothRefuse(child, "/0/child_details/disabilities", target -> ((ArrayNode) target.at("/child_details/disabilities"))
                .add("D999"));
        bothRefuse(child, "/0/child_details/disabilities", target -> ((ArrayNode) target.at("/child_details/disabilities"))
                .set(0, "HANDS"));
        bothRefuse(child, "/0/child_details/disabilities/1", target -> ((ArrayNode) target.at("/child_details/disabilities"))
                .set(1, target.at("/child_details/disabilities/0").asString()));
        String factors = "/social_care_episodes/0/child_and_family_assessments/0/factors";
        bothRefuse(child, "/0" + factors, target -> ((ArrayNode) target.at(factors)).add("99Z"));
        bothRefuse(child, "/0" + factors, target -> ((ArrayNode) target.at(factors)).set(0, "18AB"));
        ArrayNode hundredAndOne = MAPPER.createArrayNode();
        IntStream.range(0, 101).forEach(i -> hundredAndOne.add(child.deepCopy()));
        assertFalse(csc.validate(hundredAndOne).isEmpty(), "maxItems 100");
        assertEquals("/100", assertThrows(SafeguardingJsonException.class,
                () -> JSON.read(MAPPER.writeValueAsString(hundredAndOne), CscApiBatch.class)).path());
    }

    /** {@code edit} of a copy of {@code child} is refused by the OpenAPI, and by the library at {@code pointer}. */
    private static void bothRefuse(ObjectNode child, String pointer, Consumer<ObjectNode> edit) {
        ObjectNode bad = child.deepCopy();
        edit.accept(bad);
        ArrayNode body = MAPPER.createArrayNode().add(bad);
        assertFalse(csc.validate(body).isEmpty(), () -> "the OpenAPI accepts the value at " + pointer);
        String text = MAPPER.writeValueAsString(body);
        SafeguardingJsonException e = assertThrows(SafeguardingJsonException.class,
                () -> JSON.read(text, CscApiBatch.class), pointer);
        assertEquals(pointer, e.path(), e::getMessage);
        ArrayNode good = MAPPER.createArrayNode().add(child);
        assertEquals(List.of(), csc.validate(good), "the child at every limit");
    }
}
