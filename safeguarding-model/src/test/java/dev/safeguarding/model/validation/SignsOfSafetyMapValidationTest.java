package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
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
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Signs of Safety map as a record with two stages: a draft that saves while it is being built, and a map
 * complete once it answers the four questions of NSCP, Norfolk Guidance to Understanding Continuum of Needs
 * (2023), "Using the Signs of Safety Framework": "1. What are we worried about? 2. What's working well? 3.
 * What needs to happen? 4. How worried are we on a scale of 0 \u2013 10." The constraints are the rules
 * module's completeness findings ({@code SignsOfSafetyMaps.check}), with the same codes and paths, and the
 * query that each score's rationale is fully explored.
 */
class SignsOfSafetyMapValidationTest {

    private static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";
    private static final LocalDate FEBRUARY = LocalDate.of(2017, 2, 20);
    private static final LocalDate MAY = LocalDate.of(2017, 5, 2);
    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final String DANGER = "If Mum misses Baby's checks, no one will notice if Baby stops growing well";

    private static MapStatement statement(String id, MapCategory category, String text, String... answers) {
        return MapStatement.builder().id(id).category(category).text(text).contributor(VISITOR)
                .recordedOn(FEBRUARY).addDangerStatementIds(answers).build();
    }

    private static ScalingJudgement.Builder judgement(String questionId, Contributor who, int score) {
        return ScalingJudgement.builder().questionId(questionId).score(score).perspective(who).judgedOn(MAY)
                .rationale("Every check kept since February");
    }

    /** The health visitor's first draft: a worry and two scaling questions, one answered by the mother. */
    private static SignsOfSafetyMap draft() {
        return SignsOfSafetyMap.builder().childId("baby-1")
                .addStatement(statement("d-1", MapCategory.DANGER_STATEMENT, DANGER))
                .addScalingQuestion(ScalingExample.CONCERN_HAPPENING_AGAIN.question("q-1"))
                .addScalingQuestion(ScalingExample.STRUGGLE_EVERY_DAY.question("q-2"))
                .addJudgement(judgement("q-1", MOTHER, 7).build())
                .build();
    }

    /** The same map once the goal, the second judgement, what would make it higher and the baby's voice are in. */
    private static SignsOfSafetyMap filledIn() {
        SignsOfSafetyMap draft = draft();
        return SignsOfSafetyMap.builder().from(draft)
                .addStatement(statement("w-1", MapCategory.EXISTING_STRENGTH,
                        "Grandma drives Mum and Baby to the clinic when she is asked"))
                .addStatement(statement("g-1", MapCategory.SAFETY_GOAL,
                        "Mum takes Baby to every developmental check, and asks the HV for help when she needs it",
                        "d-1"))
                .judgements(List.of(
                        judgement("q-1", MOTHER, 7).whatWouldMakeItHigher("Dad coming to the checks too").build(),
                        judgement("q-2", MOTHER, 10).build()))
                .addObservation(Observation.builder().observer(VISITOR).observedOn(MAY)
                        .subject(ObservationSubject.CHILD).prompt(ObservationPrompt.CHILD_APPEARS_ALERT).build())
                .build();
    }

    /** The findings before the map is complete, as "SEVERITY code at path", sorted. */
    private static List<String> complete(SignsOfSafetyMap map) {
        return Findings.check(Validators.DEFAULT, map, Complete.class).stream()
                .map(f -> f.severity() + " " + f.code() + " at " + f.path()).sorted().toList();
    }

    @Test
    void aDraftSavesAndIsNotCompleteUntilItAnswersTheFourQuestions() {
        SignsOfSafetyMap draft = draft();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, draft), "a draft saves at any stage");
        assertEquals(List.of(
                "ERROR signsofsafety.no-judgement at scalingQuestions/1",
                "ERROR signsofsafety.no-safety-goal at statements",
                "ERROR signsofsafety.worry-without-goal at statements/0",
                "QUERY signsofsafety.no-child-voice at ",
                "QUERY signsofsafety.nothing-working-well at statements",
                "QUERY signsofsafety.scaling-rationale-not-explored at judgements/0/whatWouldMakeItHigher"),
                complete(draft));

        assertEquals(List.of(), complete(filledIn()), "the same map, filled in, is complete");
    }

    @Test
    void anEmptyMapLacksWhatTheRulesModuleSaysItLacksWithTheSameSources() {
        SignsOfSafetyMap empty = SignsOfSafetyMap.builder().childId("baby-1").build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, empty, Complete.class);

        assertEquals(List.of("QUERY signsofsafety.no-child-voice at ",
                "ERROR signsofsafety.no-judgement at judgements",
                "ERROR signsofsafety.no-danger-statement at statements",
                "ERROR signsofsafety.no-safety-goal at statements",
                "QUERY signsofsafety.nothing-working-well at statements"),
                findings.stream().map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList());
        SourcePassage using = SourcePassage.of(CONTINUUM, "Using the Signs of Safety Framework");
        assertEquals(List.of(SourcePassage.of(CONTINUUM, "Recording what we do and the decisions we take"), using,
                using, using, using), findings.stream().map(f -> f.source().orElseThrow()).toList());
        assertEquals(empty.check().stream().map(Finding::code).sorted().toList(),
                findings.stream().map(Finding::code).sorted().toList());
    }

    @Test
    void aDangerStatementNoGoalNamesIsAWorryWithNoMatchingGoal() {
        // "If nothing changes what are you worried will happen to the child?" ... "What needs to happen?"
        SignsOfSafetyMap map = SignsOfSafetyMap.builder().from(filledIn())
                .addStatement(statement("d-2", MapCategory.DANGER_STATEMENT,
                        "Dad's health may stop him caring for Baby"))
                .build();

        assertEquals(List.of("ERROR signsofsafety.worry-without-goal at statements/3"), complete(map));
        assertEquals(List.of("statements[3]"), Validators.DEFAULT.validate(map, Complete.class).stream()
                .map(v -> v.getPropertyPath().toString()).toList());
    }

    @Test
    void eachScoreBelowTenAsksWhatElseWouldNeedToHappenAndATenDoesNot() {
        // "the rationale for how family members and professionals answer the question is fully explored:
        //  - 'What makes it a 6 in your opinion?' 'What else would need to happen for it to be 10?'"
        SignsOfSafetyMap complete = filledIn();
        SignsOfSafetyMap unexplored = SignsOfSafetyMap.builder().from(complete)
                .judgements(List.of(judgement("q-1", MOTHER, 7).build(), judgement("q-2", MOTHER, 10).build(),
                        judgement("q-2", VISITOR, 0).build()))
                .build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, unexplored, Complete.class);

        assertEquals(List.of(
                "QUERY signsofsafety.scaling-rationale-not-explored at judgements/0/whatWouldMakeItHigher",
                "QUERY signsofsafety.scaling-rationale-not-explored at judgements/2/whatWouldMakeItHigher"),
                complete(unexplored));
        assertEquals(SourcePassage.of(CONTINUUM, "Using the Signs of Safety Framework"),
                findings.get(0).source().orElseThrow());
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, unexplored), "a draft saves without them");
    }

    @Test
    void aMapWithNothingUnderWhatsWorkingWellIsNotCompleteWithoutAQuery() {
        // "The framework encourages practitioners to: understand present and past concerns; recognise existing
        //  strengths and safety; be clear about what needs to happen; scale risk and to discuss any
        //  disagreement." (Using the Signs of Safety Framework)
        SignsOfSafetyMap complete = filledIn();
        SignsOfSafetyMap worriesOnly = SignsOfSafetyMap.builder().from(complete)
                .statements(complete.statements(MapCategory.DANGER_STATEMENT))
                .addAllStatements(complete.statements(MapCategory.SAFETY_GOAL))
                .build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, worriesOnly, Complete.class);

        assertEquals(List.of("QUERY signsofsafety.nothing-working-well at statements"), complete(worriesOnly));
        assertEquals(SourcePassage.of(CONTINUUM, "Using the Signs of Safety Framework"),
                findings.get(0).source().orElseThrow());
        assertEquals(List.of("QUERY signsofsafety.nothing-working-well at statements"),
                worriesOnly.check().stream()
                        .map(f -> f.severity() + " " + f.code() + " at " + f.path()).toList(),
                "the rules module reports the same query, from the same check");
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, worriesOnly), "a draft saves without it");
    }

    @Test
    void theChildsVoiceIsAStatementOrJudgementOfTheChildsTheirHousesOrAnObservation() {
        // "Where possible, always capture the views or behaviour of the child or young person and reflect this
        //  in your recording." (Recording what we do and the decisions we take)
        SignsOfSafetyMap silent = SignsOfSafetyMap.builder().from(filledIn()).observations(List.of()).build();
        assertEquals(List.of("QUERY signsofsafety.no-child-voice at "), complete(silent));

        SignsOfSafetyMap houses = SignsOfSafetyMap.builder().from(silent).addThreeHouses(ThreeHouses.builder()
                .childId("baby-1").recordedOn(MAY).addGoodThings("Playing with Mum").build()).build();
        SignsOfSafetyMap childsScore = SignsOfSafetyMap.builder().from(silent)
                .addJudgement(judgement("q-2", Contributor.of(ContributorKind.CHILD, "baby-1"), 10).build()).build();
        assertEquals(List.of(), complete(houses));
        assertEquals(List.of(), complete(childsScore));
    }

    @Test
    void noFindingQuotesTheMap() {
        SignsOfSafetyMap draft = draft();
        for (Finding finding : Findings.check(Validators.DEFAULT, draft, Complete.class)) {
            assertFalse(finding.message().contains(DANGER) || finding.toString().contains(DANGER), finding.code());
            assertFalse(finding.message().contains("Every check kept"), finding.code());
        }
    }
}
