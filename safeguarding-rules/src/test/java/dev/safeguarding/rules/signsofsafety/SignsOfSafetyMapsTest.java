package dev.safeguarding.rules.signsofsafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SignsOfSafetyGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A map's completeness: "The Signs of Safety mapping tool provides a useful framework to" record "the
 * evidence, ... the analysis, and ... the decisions" (NSCP, Norfolk Continuum of Needs 2023, "Recording
 * what we do and the decisions we take"); the four questions are those of "Using the Signs of Safety
 * Framework".
 */
class SignsOfSafetyMapsTest {

    private static final LocalDate MAY = LocalDate.of(2017, 5, 2);
    private static final Contributor SOCIAL_WORKER = Contributor.of(ContributorKind.PRACTITIONER, "sw-1");

    private static MapStatement statement(String id, MapCategory category, String... answers) {
        return MapStatement.builder().id(id).category(category).text("Words of the statement " + id)
                .contributor(SOCIAL_WORKER).recordedOn(MAY).addDangerStatementIds(answers).build();
    }

    private static SignsOfSafetyMap.Builder complete() {
        return SignsOfSafetyMap.builder().childId("baby-1")
                .addStatements(statement("d-1", MapCategory.DANGER_STATEMENT),
                        statement("w-1", MapCategory.EXISTING_STRENGTH),
                        statement("g-1", MapCategory.SAFETY_GOAL, "d-1"))
                .addScalingQuestion(ScalingExample.CONCERN_HAPPENING_AGAIN.question("q-1"))
                .addJudgement(ScalingJudgement.builder().questionId("q-1").score(5).perspective(SOCIAL_WORKER)
                        .judgedOn(MAY).rationale("Checks are kept, but only just")
                        .whatWouldMakeItHigher("Checks kept every night for a month").build())
                .addObservation(Observation.builder().observer(SOCIAL_WORKER).observedOn(MAY)
                        .subject(ObservationSubject.CHILD).prompt(ObservationPrompt.CHILD_APPEARS_ALERT).build());
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void aMapThatAnswersEveryQuestionHasNoFindings() {
        assertEquals(List.of(), SignsOfSafetyMaps.check(complete().build()));
    }

    @Test
    void anEmptyMapLacksADangerStatementAGoalAJudgementTheChildsVoiceAndWhatIsWorkingWell() {
        List<Finding> findings = SignsOfSafetyMaps.check(SignsOfSafetyMap.builder().childId("baby-1").build());
        assertEquals(List.of(SignsOfSafetyMaps.NO_DANGER_STATEMENT, SignsOfSafetyMaps.NO_SAFETY_GOAL,
                SignsOfSafetyMaps.NO_JUDGEMENT, SignsOfSafetyMaps.NO_CHILD_VOICE,
                SignsOfSafetyMaps.NOTHING_WORKING_WELL), codes(findings));
        assertEquals(List.of("statements", "statements", "judgements", "", "statements"),
                findings.stream().map(Finding::path).toList());
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.QUERY, Severity.QUERY),
                findings.stream().map(Finding::severity).toList());
        findings.forEach(f -> assertTrue(f.source().isPresent()));
    }

    /** "If nothing changes what are you worried will happen to the child?" needs an answer in what needs to happen. */
    @Test
    void eachDangerStatementThatNoGoalNamesIsAWorryWithNoMatchingGoal() {
        SignsOfSafetyMap map = complete().addStatements(statement("s-1", MapCategory.PAST_HARM),
                statement("d-2", MapCategory.DANGER_STATEMENT), statement("d-3", MapCategory.DANGER_STATEMENT),
                statement("g-2", MapCategory.SAFETY_GOAL, "d-3")).build();
        List<Finding> findings = SignsOfSafetyMaps.check(map);
        assertEquals(List.of(SignsOfSafetyMaps.WORRY_WITHOUT_GOAL), codes(findings));
        assertEquals("statements/4", findings.get(0).path());
        assertEquals("d-2", map.statements().get(4).id());
    }

    @Test
    void aGoalThatAnswersNoWorryStillCountsAsAGoalButLeavesTheWorryUnanswered() {
        SignsOfSafetyMap map = SignsOfSafetyMap.builder().from(complete().build())
                .statements(List.of(statement("d-1", MapCategory.DANGER_STATEMENT),
                        statement("w-1", MapCategory.EXISTING_SAFETY), statement("g-1", MapCategory.SAFETY_GOAL)))
                .build();
        assertEquals(List.of(SignsOfSafetyMaps.WORRY_WITHOUT_GOAL), codes(SignsOfSafetyMaps.check(map)));
    }

    @Test
    void aScalingQuestionNoOneHasAnsweredIsMissingAJudgement() {
        SignsOfSafetyMap map = complete().addScalingQuestion(ScalingExample.STRUGGLE_EVERY_DAY.question("q-2")).build();
        List<Finding> findings = SignsOfSafetyMaps.check(map);
        assertEquals(List.of(SignsOfSafetyMaps.NO_JUDGEMENT), codes(findings));
        assertEquals("scalingQuestions/1", findings.get(0).path());
    }

    /** "Where possible, always capture the views or behaviour of the child or young person." */
    @Test
    void theChildsVoiceIsAStatementOrJudgementOfTheChildsTheirHousesOrAnObservation() {
        SignsOfSafetyMap silent = SignsOfSafetyMap.builder().from(complete().build()).observations(List.of()).build();
        assertEquals(List.of(SignsOfSafetyMaps.NO_CHILD_VOICE), codes(SignsOfSafetyMaps.check(silent)));
        SignsOfSafetyMap spoke = SignsOfSafetyMap.builder().from(silent).addStatement(MapStatement.builder()
                .from(statement("s-9", MapCategory.EXISTING_STRENGTH)).contributor(Contributor.of(ContributorKind.CHILD,
                        "baby-1")).build()).build();
        assertEquals(List.of(), SignsOfSafetyMaps.check(spoke));
    }

    /**
     * "The framework encourages practitioners to: understand present and past concerns; recognise existing
     * strengths and safety; be clear about what needs to happen; scale risk" (NSCP, Norfolk Continuum of Needs
     * 2023, "Using the Signs of Safety Framework"); "to balance the picture, it is vital to obtain information
     * regarding any past, existing, and potential safety and strengths" (Introduction).
     */
    @Test
    void aMapWithWorriesGoalsAJudgementAndTheChildsVoiceButNothingWorkingWellIsQueried() {
        SignsOfSafetyMap noStrengths = SignsOfSafetyMap.builder().from(complete().build())
                .statements(List.of(statement("d-1", MapCategory.DANGER_STATEMENT),
                        statement("g-1", MapCategory.SAFETY_GOAL, "d-1")))
                .build();
        List<Finding> findings = SignsOfSafetyMaps.check(noStrengths);
        assertEquals(List.of(SignsOfSafetyMaps.NOTHING_WORKING_WELL), codes(findings));
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertEquals("statements", findings.get(0).path());
        assertEquals("Using the Signs of Safety Framework", findings.get(0).source().orElseThrow().section());
        SignsOfSafetyMap safetyOnly = SignsOfSafetyMap.builder().from(noStrengths)
                .addStatement(statement("s-1", MapCategory.EXISTING_SAFETY)).build();
        assertEquals(List.of(), SignsOfSafetyMaps.check(safetyOnly));
    }

    /** "What makes it a 6 in your opinion?" "What else would need to happen for it to be 10?" */
    @Test
    void aScoreBelowTenWithNothingOfWhatWouldMakeItHigherIsQueriedAndATenIsNot() {
        ScalingJudgement unexplored = ScalingJudgement.builder().questionId("q-1").score(6).perspective(SOCIAL_WORKER)
                .judgedOn(MAY).rationale("Some nights the checks are missed").build();
        ScalingJudgement ten = ScalingJudgement.builder().from(unexplored).score(10).build();
        SignsOfSafetyMap map = complete().addJudgements(unexplored, ten).build();
        List<Finding> findings = SignsOfSafetyMaps.check(map);
        assertEquals(List.of(SignsOfSafetyMaps.SCALING_RATIONALE_NOT_EXPLORED), codes(findings));
        assertEquals("judgements/1/whatWouldMakeItHigher", findings.get(0).path());
        assertEquals(Severity.QUERY, findings.get(0).severity());
    }

    @Test
    void findingsNeverQuoteTheMapAndEveryMapGetsOnlyTheSevenCodes() {
        List<String> known = List.of(SignsOfSafetyMaps.NO_DANGER_STATEMENT, SignsOfSafetyMaps.NO_SAFETY_GOAL,
                SignsOfSafetyMaps.WORRY_WITHOUT_GOAL, SignsOfSafetyMaps.NO_JUDGEMENT, SignsOfSafetyMaps.NO_CHILD_VOICE,
                SignsOfSafetyMaps.NOTHING_WORKING_WELL, SignsOfSafetyMaps.SCALING_RATIONALE_NOT_EXPLORED);
        Property.forAll(SignsOfSafetyGen.maps(), map -> {
            List<Finding> findings = SignsOfSafetyMaps.check(map);
            for (Finding finding : findings) {
                assertTrue(known.contains(finding.code()), finding.code());
                map.statements().forEach(s -> assertFalse(finding.message().contains(s.text())));
            }
            long unanswered = map.statements(MapCategory.DANGER_STATEMENT).stream()
                    .filter(d -> map.goalsAnswering(d.id()).isEmpty()).count();
            assertEquals(unanswered, findings.stream()
                    .filter(f -> f.code().equals(SignsOfSafetyMaps.WORRY_WITHOUT_GOAL)).count());
        });
    }
}
