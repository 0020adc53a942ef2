package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.roundTripsExactly;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.BabyCue;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.House;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.PromptAudience;
import dev.safeguarding.model.signsofsafety.QuestionPrompt;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyQuestion;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import dev.safeguarding.model.timescales.Timescales;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SignsOfSafetyGen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Signs of Safety types round-trip exactly, and bad input fails at the JSON Pointer of the bad value
 * without repeating it: a score of 11, a row with no owner, a broken link, an unknown category.
 */
class SignsOfSafetyJsonTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final Contributor HEALTH_VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate MAY = LocalDate.of(2017, 5, 2);

    private static final SafetyPlanRow SOMERSET_ROW = SafetyPlanRow.builder()
            .safetyGoal("Monitoring of Baby's growth, development and well-being to be undertaken to promote her"
                    + " healthy development.")
            .whatNeedsToHappen("Mother to have contact with the HV on a regular basis to ensure appropriate"
                    + " developmental checks are completed.")
            .addOwners(MOTHER, HEALTH_VISITOR)
            .byWhen(ByWhen.on(LocalDate.of(2017, 6, 13), "6 month ages and stages developmental check (home visit)"))
            .build();

    private static final SignsOfSafetyMap MAP = SignsOfSafetyMap.builder().childId("baby-1")
            .addStatement(MapStatement.builder().id("d-1").category(MapCategory.DANGER_STATEMENT)
                    .text("Checks could be missed").contributor(HEALTH_VISITOR)
                    .agency(Agency.of("nchc", "Norfolk Community Health and Care", AgencyType.HEALTH))
                    .recordedOn(MAY).build())
            .addStatement(MapStatement.builder().id("g-1").category(MapCategory.SAFETY_GOAL)
                    .text("Every check is done").contributor(MOTHER).recordedOn(MAY).addDangerStatementId("d-1").build())
            .addScalingQuestion(ScalingExample.CHILD_PROTECTION_OR_EARLY_HELP.question("q-1"))
            .addJudgement(ScalingJudgement.builder().questionId("q-1").score(8).perspective(MOTHER).judgedOn(MAY)
                    .rationale("I never miss a visit").whatWouldMakeItHigher("The social worker stops coming").build())
            .addThreeHouses(ThreeHouses.builder().childId("baby-1").recordedOn(MAY).addDream("A puppy").build())
            .addObservation(Observation.builder().observer(HEALTH_VISITOR).observedOn(MAY)
                    .subject(ObservationSubject.CHILD).prompt(ObservationPrompt.CHILD_TRACKS_WITH_THE_EYES)
                    .addCue(BabyCue.MOVING_EYES).note("Followed Mum across the room").build())
            .build();


    @Test
    void mapsAndTheirPartsRoundTripExactly() {
        roundTripsExactly(SignsOfSafetyGen.maps(), SignsOfSafetyMap.class);
        roundTripsExactly(SignsOfSafetyGen.mapStatements(), MapStatement.class);
        roundTripsExactly(SignsOfSafetyGen.scalingQuestions(), ScalingQuestion.class);
        roundTripsExactly(SignsOfSafetyGen.scalingJudgements(), ScalingJudgement.class);
        roundTripsExactly(SignsOfSafetyGen.threeHouses(), ThreeHouses.class);
        roundTripsExactly(SignsOfSafetyGen.observations(), Observation.class);
    }

    @Test
    void safetyPlansAndTheirRowsRoundTripExactly() {
        roundTripsExactly(SignsOfSafetyGen.safetyPlans(), SafetyPlan.class);
        roundTripsExactly(SignsOfSafetyGen.safetyPlanRows(), SafetyPlanRow.class);
        roundTripsExactly(SignsOfSafetyGen.byWhens(), ByWhen.class);
        ByWhen catalogued = ByWhen.within(Timescales.byId("norfolk.joint-agency-group-supervision"), MAY);
        assertEquals(catalogued, JSON.read(JSON.write(catalogued), ByWhen.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {SignsOfSafetyQuestion.class, MapCategory.class, PromptAudience.class,
        QuestionPrompt.class, ScalingExample.class, House.class, ObservationSubject.class, ObservationPrompt.class,
        BabyCue.class})
    void everyConstantIsWrittenAsItsNameAndReadBack(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()), constant -> {
            assertEquals("\"" + ((Enum<?>) constant).name() + "\"", JSON.write(constant));
            assertEquals(constant, JSON.read(JSON.write(constant), type));
        });
    }

    @Test
    void theSomersetRowIsWrittenInTheDocumentedShape() {
        assertEquals("{\"safetyGoal\":\"Monitoring of Baby's growth, development and well-being to be undertaken to"
                + " promote her healthy development.\",\"whatNeedsToHappen\":\"Mother to have contact with the HV on a"
                + " regular basis to ensure appropriate developmental checks are completed.\",\"owners\":["
                + "{\"kind\":\"FAMILY_MEMBER\",\"id\":\"m-1\"},{\"kind\":\"PRACTITIONER\",\"id\":\"hv-1\"}],"
                + "\"byWhen\":{\"date\":\"2017-06-13\",\"note\":\"6 month ages and stages developmental check (home"
                + " visit)\"}}", JSON.write(SOMERSET_ROW));
        assertEquals(SOMERSET_ROW, JSON.read(JSON.write(SOMERSET_ROW), SafetyPlanRow.class));
    }

    @Test
    void aMissingListIsEmpty() {
        assertEquals(SignsOfSafetyMap.builder().childId("baby-1").build(),
                JSON.read("{\"childId\":\"baby-1\"}", SignsOfSafetyMap.class));
        assertEquals(SafetyPlan.of("baby-1", List.of()), JSON.read("{\"childId\":\"baby-1\"}", SafetyPlan.class));
    }

    /** "It is always on a scale of 0-10." */
    @Test
    void aScoreOfElevenFailsAtTheScore() {
        ObjectNode map = tree(MAP);
        ((ObjectNode) map.withArray("judgements").get(0)).put("score", 11);
        failsAt("/judgements/0/score", "must be between 0 and 10", map.toString(), SignsOfSafetyMap.class);
        ((ObjectNode) map.withArray("judgements").get(0)).put("score", 6.5);
        failsAt("/judgements/0/score", "expected a whole number", map.toString(), SignsOfSafetyMap.class);
    }

    @Test
    void aRowWithNoOwnerFailsAtTheOwners() {
        ObjectNode plan = tree(SafetyPlan.of("baby-1", List.of(SOMERSET_ROW)));
        ((ObjectNode) plan.withArray("rows").get(0)).putArray("owners");
        failsAt("/rows/0/owners", "a row must name who will do it", plan.toString(), SafetyPlan.class);
        ((ObjectNode) plan.withArray("rows").get(0)).remove("owners");
        failsAt("/rows/0/owners", "a row must name who will do it", plan.toString(), SafetyPlan.class);
    }

    @Test
    void aByWhenWithADateAndATimescaleFailsAtTheDate() {
        ObjectNode row = tree(SOMERSET_ROW);
        ObjectNode byWhen = (ObjectNode) row.get("byWhen");
        byWhen.set("timescale", tree(Timescales.byId("norfolk.joint-agency-group-supervision")));
        byWhen.put("trigger", "2017-05-02");
        failsAt("/byWhen/date", "exactly one of a date and a timescale", row.toString(), SafetyPlanRow.class);
        byWhen.remove("date");
        byWhen.put("trigger", "2017-02-30");
        failsAt("/byWhen/trigger", "expected a date that exists", row.toString(), SafetyPlanRow.class);
    }

    @Test
    void aGoalNamingAnUnknownDangerStatementFailsAtTheStatements() {
        ObjectNode map = tree(MAP);
        ((ArrayNode) map.withArray("statements").get(1).get("dangerStatementIds")).add("d-9");
        failsAt("/statements", "a safety goal must name only danger statements of this map", map.toString(),
                SignsOfSafetyMap.class);
    }

    @Test
    void aDangerStatementNamedTwiceFailsAtItsSecondPlace() {
        ObjectNode map = tree(MAP);
        ((ArrayNode) map.withArray("statements").get(1).get("dangerStatementIds")).add("d-1");
        failsAt("/statements/1/dangerStatementIds/1", "appears more than once", map.toString(), SignsOfSafetyMap.class);
    }

    @Test
    void anUnknownCategoryListsTheKnownOnesWithoutRepeatingTheValue() {
        ObjectNode map = tree(MAP);
        ((ObjectNode) map.withArray("statements").get(0)).put("category", "VAGUE_WORRY");
        SafeguardingJsonException e = failsAt("/statements/0/category", "PAST_HARM, COMPLICATING_FACTOR",
                map.toString(), SignsOfSafetyMap.class);
        assertFalse(e.getMessage().contains("VAGUE_WORRY"));
    }

    @Test
    void aJudgementOfAQuestionNotOnTheMapFailsAtTheJudgements() {
        ObjectNode map = tree(MAP);
        ((ObjectNode) map.withArray("judgements").get(0)).put("questionId", "q-9");
        failsAt("/judgements", "each judgement must answer a scaling question of this map", map.toString(),
                SignsOfSafetyMap.class);
    }

    @Test
    void anUnknownPropertyOfAnObservationIsNamedAndTheLenientReaderIgnoresIt() {
        ObjectNode map = tree(MAP);
        ((ObjectNode) map.withArray("observations").get(0)).put("mood", "happy");
        failsAt("/observations/0/(unknown property 7)", "unknown property", map.toString(), SignsOfSafetyMap.class);
        assertEquals(MAP, SafeguardingJson.lenient().read(map.toString(), SignsOfSafetyMap.class));
    }

    @Test
    void aPromptAboutTheWrongSubjectFailsAtThePrompt() {
        ObjectNode map = tree(MAP);
        ((ObjectNode) map.withArray("observations").get(0)).put("prompt", "PARENT_RESPONDS_TO_CUES");
        failsAt("/observations/0/prompt", "must be a prompt about the observation's subject", map.toString(),
                SignsOfSafetyMap.class);
    }

    @Test
    void freeTextOfTheWrongTypeIsNeverInTheError() {
        String rationale = "Mum told me about the night of 3 May";
        ObjectNode map = tree(MAP);
        ((ObjectNode) map.withArray("judgements").get(0)).putArray("rationale").add(rationale);
        SafeguardingJsonException e = failsAt("/judgements/0/rationale", "expected a string, found an array",
                map.toString(), SignsOfSafetyMap.class);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertFalse(trace.toString().contains(rationale));
        assertFalse(trace.toString().contains("I never miss a visit"));
    }
}
