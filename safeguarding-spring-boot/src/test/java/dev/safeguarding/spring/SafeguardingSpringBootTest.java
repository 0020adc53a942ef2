package dev.safeguarding.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.json.SafeguardingModule;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.rules.need.ThresholdGuide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Spring Boot 4 application ({@link ThresholdApplication}) with the library's auto-configuration:
 * model values in and out in the library's format, bad JSON and findings as 400 problem details.
 *
 * <p>The complete question rests on the Norfolk Continuum of Needs (2023): "Recording what we do and the
 * decisions we take" (a record ready to share), "Section 47 Duty to Investigate" (the Children's Advice
 * and Duty Service "will ask for all of the details known to you / your agency about the child").
 */
@SpringBootTest(classes = ThresholdApplication.class)
@AutoConfigureMockMvc
class SafeguardingSpringBootTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    /** Complete: a named child, consent sought, every indicator described in words. */
    private static final ThresholdQuestion COMPLETE = ThresholdQuestion.builder()
            .child(Child.builder().id("c-1").dateOfBirth(LocalDate.of(2015, 6, 1)).name("Ann Example").build())
            .addIndicator(NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.COMPLEX,
                    "Parent's alcohol use affects the care of the child"))
            .consent(ConsentStatus.GIVEN)
            .build();

    /** A draft: no concern recorded, no name, consent not sought. */
    private static final ThresholdQuestion DRAFT = ThresholdQuestion.builder()
            .child(Child.born("c-2", LocalDate.of(2016, 3, 4)))
            .build();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper mapper;

    @Test
    void aCompleteQuestionIsAnsweredWithTheGuidanceInTheLibrarysFormat() throws Exception {
        MvcResult result = post("/threshold", JSON.write(COMPLETE));
        assertEquals(200, result.getResponse().getStatus());
        String body = result.getResponse().getContentAsString();
        assertEquals(JSON.write(ThresholdGuide.norfolk2023().assess(COMPLETE)), body);
        assertNotEquals("{}", body);
    }

    @Test
    void aDraftTakenAsCompleteIs400WithEachFindingsCodeAndPath() throws Exception {
        MvcResult result = post("/threshold", JSON.write(DRAFT));
        assertEquals(400, result.getResponse().getStatus());
        assertEquals("application/problem+json", result.getResponse().getContentType());
        JsonNode problem = problem(result);
        assertEquals(SafeguardingProblems.INVALID, problem.get("title").asString());
        assertEquals("/threshold", problem.get("instance").asString());
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : problem.get("findings")) {
            findings.add(finding.get("severity").asString() + " " + finding.get("code").asString() + " at '"
                    + finding.get("path").asString() + "'");
            assertTrue(finding.get("message").asString().contains("Source:"), finding::toString);
        }
        // in the order of Findings: by path
        assertEquals(List.of("QUERY need.child-named at 'child/name'", "QUERY sharing.consent-considered at 'consent'",
                "ERROR need.concern-recorded at 'indicators'"), findings);
        assertEquals("1 error and 2 queries (Bean Validation fails on a query too)", problem.get("detail").asString());
    }

    @Test
    void aDraftSavedAsADraftIsValidAndReturnedInTheLibrarysFormat() throws Exception {
        MvcResult result = post("/drafts", JSON.write(DRAFT));
        assertEquals(200, result.getResponse().getStatus());
        assertEquals(JSON.write(DRAFT), result.getResponse().getContentAsString());
    }

    @Test
    void aDateThatDoesNotExistIs400AtItsPointerAndTheValueIsNotEchoed() throws Exception {
        JsonNode problem = unreadable(JSON.write(COMPLETE).replace("2015-06-01", "2015-02-30"), "/child/dateOfBirth",
                "2015-02-30");
        assertEquals("/child/dateOfBirth: expected a date that exists, as yyyy-MM-dd", problem.get("detail").asString());
        assertFalse(problem.has("allowed"));
    }

    @Test
    void anUnknownConstantIs400WithTheAllowedConstants() throws Exception {
        JsonNode problem = unreadable(JSON.write(COMPLETE).replace("\"COMPLEX\"", "\"SEVERE\""), "/indicators/0/level",
                "SEVERE");
        List<String> allowed = new ArrayList<>();
        problem.get("allowed").forEach(constant -> allowed.add(constant.asString()));
        assertEquals(List.of("UNIVERSAL", "ADDITIONAL", "COMPLEX", "ACUTE"), allowed);
    }

    @Test
    void anUnknownPropertyIs400ThoughBootIgnoresUnknownPropertiesForItsOwnTypes() throws Exception {
        unreadable(JSON.write(COMPLETE).replace("{\"child\"", "{\"nickname\":\"Bee\",\"child\""),
                "/(unknown property 1)", "Bee");
    }

    /**
     * Posting {@code body} as a question is answered with a 400 problem of unreadable JSON at {@code pointer},
     * which does not hold {@code value}.
     */
    private JsonNode unreadable(String body, String pointer, String value) throws Exception {
        MvcResult result = post("/threshold", body);
        assertEquals(400, result.getResponse().getStatus());
        assertEquals("application/problem+json", result.getResponse().getContentType());
        assertFalse(result.getResponse().getContentAsString().contains(value), () -> value + " echoed");
        JsonNode problem = problem(result);
        assertEquals(SafeguardingProblems.UNREADABLE, problem.get("title").asString());
        assertEquals(pointer, problem.get("pointer").asString());
        return problem;
    }

    @Test
    void aModelValueInAResponseIsWrittenInTheLibrarysFormat() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/levels/ACUTE")).andReturn();
        assertEquals(200, result.getResponse().getStatus());
        assertEquals("\"ACUTE\"", result.getResponse().getContentAsString());
    }

    @Test
    void bootsOwnMapperHasTheLibrarysModule() {
        assertTrue(mapper.registeredModules().stream().anyMatch(SafeguardingModule.class::isInstance));
        assertEquals(JSON.write(COMPLETE), mapper.writeValueAsString(COMPLETE));
    }

    @Test
    void badJsonForTheVendorsOwnTypesIsLeftToSpring() throws Exception {
        MvcResult result = post("/notes", "{\"text\": ");
        assertEquals(400, result.getResponse().getStatus());
        assertNotEquals("application/problem+json", result.getResponse().getContentType());
    }

    private MvcResult post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    private JsonNode problem(MvcResult result) throws Exception {
        return mapper.readTree(result.getResponse().getContentAsString());
    }
}
