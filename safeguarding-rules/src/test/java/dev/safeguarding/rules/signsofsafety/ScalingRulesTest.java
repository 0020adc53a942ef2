package dev.safeguarding.rules.signsofsafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Scaling across perspectives and over time. "The important thing is that an appropriate scaling question
 * is discussed that helps everyone understand the risks and safety for the child, and that the rationale
 * for how family members and professionals answer the question is fully explored" (NSCP, Norfolk
 * Continuum of Needs 2023, "Using the Signs of Safety Framework").
 */
class ScalingRulesTest {

    private static final ScalingQuestion QUESTION = ScalingExample.CHILD_PROTECTION_OR_EARLY_HELP.question("q-1");
    private static final Contributor MOTHER = Contributor.of(ContributorKind.FAMILY_MEMBER, "m-1");
    private static final Contributor CHILD = Contributor.of(ContributorKind.CHILD, "c-1");
    private static final Contributor HEALTH_VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final Contributor SOCIAL_WORKER = Contributor.of(ContributorKind.PRACTITIONER, "sw-1");

    private static ScalingJudgement judgement(Contributor who, int score, LocalDate on) {
        return ScalingJudgement.builder().questionId("q-1").score(score).perspective(who).judgedOn(on)
                .rationale("Rationale for " + score).build();
    }

    private static ScalingAnalysis analyse(ScalingJudgement... judgements) {
        return ScalingRules.standard().analyse(QUESTION, List.of(judgements));
    }

    private static List<String> codes(ScalingAnalysis analysis) {
        return analysis.considerations().stream().map(Finding::code).toList();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2017, month, day);
    }

    @Test
    void theSpreadIsTheHighestLatestScoreLessTheLowest() {
        ScalingAnalysis a = analyse(judgement(MOTHER, 7, day(5, 2)), judgement(HEALTH_VISITOR, 6, day(5, 2)),
                judgement(SOCIAL_WORKER, 5, day(5, 2)), judgement(MOTHER, 8, day(5, 9)));
        assertEquals(3, a.spread());
        assertEquals(OptionalInt.of(5), a.lowest());
        assertEquals(OptionalInt.of(8), a.highest());
        assertEquals(List.of(MOTHER, HEALTH_VISITOR, SOCIAL_WORKER),
                a.perspectives().stream().map(PerspectiveScaling::perspective).toList());
        assertEquals(0, analyse().spread());
        assertEquals(0, analyse(judgement(MOTHER, 2, day(5, 2))).spread());
        assertTrue(analyse().lowest().isEmpty());
    }

    /** "scale risk and to discuss any disagreement" */
    @Test
    void familyAndProfessionalsThreePointsApartIsADisagreementToExplore() {
        ScalingAnalysis a = analyse(judgement(MOTHER, 8, day(5, 2)), judgement(SOCIAL_WORKER, 5, day(5, 2)));
        assertEquals(OptionalInt.of(3), a.familyProfessionalGap());
        assertEquals(List.of(ScalingRules.FAMILY_PROFESSIONAL_DISAGREEMENT), codes(a));
        Finding f = a.considerations().get(0);
        assertEquals(Severity.QUERY, f.severity());
        assertEquals("scalingQuestions/0", f.path());
        assertEquals("Managing Challenge, Disagreement and Uncertainty", f.source().orElseThrow().section());
        assertTrue(f.message().contains("differ by 3 points"), f.message());
        assertTrue(f.message().contains("What makes it a 6 in your opinion?"), f.message());

        assertEquals(List.of(), codes(analyse(judgement(MOTHER, 7, day(5, 2)), judgement(SOCIAL_WORKER, 5, day(5, 2)))));
    }

    @Test
    void theChildsViewIsTheFamilysSide() {
        ScalingAnalysis a = analyse(judgement(CHILD, 2, day(5, 2)), judgement(HEALTH_VISITOR, 6, day(5, 2)));
        assertEquals(OptionalInt.of(4), a.familyProfessionalGap());
        assertEquals(List.of(ScalingRules.FAMILY_PROFESSIONAL_DISAGREEMENT), codes(a));
    }

    @Test
    void onlyTheLatestScoreOfEachPersonCounts() {
        ScalingAnalysis a = analyse(judgement(MOTHER, 9, day(3, 1)), judgement(SOCIAL_WORKER, 4, day(3, 1)),
                judgement(MOTHER, 6, day(5, 2)));
        assertEquals(OptionalInt.of(2), a.familyProfessionalGap());
        assertEquals(List.of(), codes(a));
    }

    /** NSCP 3.15, section 5: "Most disagreements should and can be resolved between the staff working directly with the child". */
    @Test
    void twoProfessionalsThreePointsApartIsAProfessionalDisagreement() {
        ScalingAnalysis a = analyse(judgement(HEALTH_VISITOR, 7, day(5, 2)), judgement(SOCIAL_WORKER, 3, day(5, 2)),
                judgement(MOTHER, 6, day(5, 2)));
        assertEquals(OptionalInt.of(4), a.professionalGap());
        assertEquals(List.of(ScalingRules.FAMILY_PROFESSIONAL_DISAGREEMENT, ScalingRules.PROFESSIONAL_DISAGREEMENT),
                codes(a));
        assertEquals("5. Resolving Professional Disagreements",
                a.considerations().get(1).source().orElseThrow().section());
        assertTrue(analyse(judgement(HEALTH_VISITOR, 7, day(5, 2))).professionalGap().isEmpty());
    }

    @Test
    void theDisagreementThresholdIsConfigurable() {
        ScalingRules twoPoints = ScalingRules.standard().withDisagreementPoints(2);
        ScalingAnalysis a = twoPoints.analyse(QUESTION,
                List.of(judgement(MOTHER, 7, day(5, 2)), judgement(SOCIAL_WORKER, 5, day(5, 2))));
        assertEquals(List.of(ScalingRules.FAMILY_PROFESSIONAL_DISAGREEMENT), codes(a));
        assertEquals(2, twoPoints.disagreementPoints());
        assertEquals(3, ScalingRules.standard().disagreementPoints());
        assertEquals("disagreementPoints",
                assertThrows(InvalidValueException.class, () -> ScalingRules.standard().withDisagreementPoints(0)).field());
        assertThrows(InvalidValueException.class, () -> ScalingRules.standard().withDisagreementPoints(11));
    }

    @Test
    void theTrendComparesEachPersonsLastTwoJudgements() {
        ScalingAnalysis a = analyse(judgement(MOTHER, 5, day(3, 1)), judgement(MOTHER, 7, day(5, 2)),
                judgement(HEALTH_VISITOR, 6, day(3, 1)), judgement(HEALTH_VISITOR, 4, day(5, 2)),
                judgement(SOCIAL_WORKER, 4, day(3, 1)), judgement(SOCIAL_WORKER, 4, day(5, 2)),
                judgement(CHILD, 3, day(5, 2)));
        List<PerspectiveScaling> p = a.perspectives();
        assertEquals(Optional.of(ScalingTrend.IMPROVING), p.get(0).trend());
        assertEquals(Optional.of(2), p.get(0).change());
        assertEquals(Optional.of(ScalingTrend.DETERIORATING), p.get(1).trend());
        assertEquals(Optional.of(ScalingTrend.STATIC), p.get(2).trend());
        assertEquals(Optional.of(day(3, 1)), p.get(2).staticSince());
        assertEquals(Optional.empty(), p.get(3).trend());
        assertEquals(Optional.empty(), p.get(3).staticSince());
    }

    @Test
    void judgementsAreOrderedByDateWhateverTheOrderRecorded() {
        ScalingAnalysis a = analyse(judgement(MOTHER, 7, day(5, 2)), judgement(MOTHER, 5, day(3, 1)));
        assertEquals(7, a.perspectives().get(0).score());
        assertEquals(Optional.of(ScalingTrend.IMPROVING), a.perspectives().get(0).trend());
    }

    /**
     * Joint agency group supervision is "to reflect on cases which are very complex, feel 'stuck', or are
     * drifting" (NSCP 3.15, section 4); "Issues in relation to CiN were noted, including drift" (Somerset).
     */
    @Test
    void aScoreStaticOverTheDriftSpanIsFlaggedAsPossibleDrift() {
        ScalingAnalysis a = analyse(judgement(SOCIAL_WORKER, 3, day(1, 10)), judgement(SOCIAL_WORKER, 4, day(2, 1)),
                judgement(SOCIAL_WORKER, 4, day(3, 9)), judgement(SOCIAL_WORKER, 4, day(5, 1)));
        assertEquals(Optional.of(day(2, 1)), a.perspectives().get(0).staticSince());
        assertTrue(a.perspectives().get(0).isPossibleDrift(), "1 February to 1 May is three months");
        assertEquals(List.of(ScalingRules.POSSIBLE_DRIFT), codes(a));
        Finding drift = a.considerations().get(0);
        assertEquals("judgements/3", drift.path());
        assertTrue(drift.message().contains("at least 3 months"), drift.message());
        assertEquals("4. Joint Agency Group Supervision", drift.source().orElseThrow().section());

        ScalingAnalysis notYet = analyse(judgement(SOCIAL_WORKER, 4, day(2, 1)), judgement(SOCIAL_WORKER, 4, day(4, 30)));
        assertFalse(notYet.perspectives().get(0).isPossibleDrift(), "one day short of three months");
        assertEquals(List.of(), codes(notYet));

        ScalingAnalysis moved = analyse(judgement(SOCIAL_WORKER, 4, day(1, 1)), judgement(SOCIAL_WORKER, 4, day(5, 1)),
                judgement(SOCIAL_WORKER, 5, day(5, 2)));
        assertFalse(moved.perspectives().get(0).isPossibleDrift(), "the score moved at the last judgement");
    }

    @Test
    void theDriftSpanIsConfigurable() {
        ScalingRules sixWeeks = ScalingRules.standard().withDriftSpan(Period.ofWeeks(6));
        ScalingAnalysis a = sixWeeks.analyse(QUESTION,
                List.of(judgement(SOCIAL_WORKER, 4, day(3, 1)), judgement(SOCIAL_WORKER, 4, day(4, 12))));
        assertTrue(a.perspectives().get(0).isPossibleDrift());
        assertTrue(a.considerations().get(0).message().contains("at least 42 days"));
        assertEquals(Period.ofMonths(3), ScalingRules.standard().driftSpan());
        assertEquals("driftSpan", assertThrows(InvalidValueException.class,
                () -> ScalingRules.standard().withDriftSpan(Period.ZERO)).field());
        assertThrows(InvalidValueException.class, () -> ScalingRules.standard().withDriftSpan(Period.of(0, 1, -3)));
        assertTrue(ScalingRules.standard().withDriftSpan(Period.of(1, 2, 3)).analyse(QUESTION,
                List.of(judgement(SOCIAL_WORKER, 4, LocalDate.of(2015, 1, 1)), judgement(SOCIAL_WORKER, 4, day(5, 1))))
                .considerations().get(0).message().contains("at least 1 year, 2 months and 3 days"));
    }

    @Test
    void aMapIsAnalysedQuestionByQuestionAndAsOfADate() {
        ScalingQuestion second = ScalingExample.STRUGGLE_EVERY_DAY.question("q-2");
        SignsOfSafetyMap map = SignsOfSafetyMap.builder().childId("baby-1").addScalingQuestions(QUESTION, second)
                .addJudgements(judgement(MOTHER, 8, day(5, 2)), judgement(SOCIAL_WORKER, 4, day(5, 2)),
                        ScalingJudgement.builder().from(judgement(MOTHER, 3, day(5, 2))).questionId("q-2").build(),
                        judgement(SOCIAL_WORKER, 7, day(6, 1)))
                .build();
        List<ScalingAnalysis> analyses = ScalingRules.standard().analyse(map);
        assertEquals(List.of(QUESTION, second), analyses.stream().map(ScalingAnalysis::question).toList());
        assertEquals(1, analyses.get(0).spread());
        assertEquals(List.of(), codes(analyses.get(0)));
        assertEquals(1, analyses.get(1).perspectives().size());

        List<ScalingAnalysis> inMay = ScalingRules.standard().analyse(map, day(5, 31));
        assertEquals(4, inMay.get(0).spread());
        assertEquals(Optional.of(day(5, 31)), inMay.get(0).asOf());
        assertEquals(List.of(ScalingRules.FAMILY_PROFESSIONAL_DISAGREEMENT), codes(inMay.get(0)));
        assertEquals("scalingQuestions/0", inMay.get(0).considerations().get(0).path());
    }

    @Test
    void judgementsOfOtherQuestionsAreIgnored() {
        ScalingJudgement other = ScalingJudgement.builder().from(judgement(MOTHER, 0, day(5, 2))).questionId("q-9").build();
        assertEquals(1, analyse(other, judgement(SOCIAL_WORKER, 8, day(5, 2))).perspectives().size());
    }

    @Test
    void theAnalysisNeverPrintsARationale() {
        ScalingAnalysis a = analyse(judgement(MOTHER, 5, day(3, 1)), judgement(MOTHER, 7, day(5, 2)));
        assertFalse(a.toString().contains("Rationale"), a::toString);
        assertEquals("ScalingAnalysis{question=q-1, spread=0, perspectives=[PerspectiveScaling{FAMILY_MEMBER m-1:"
                + " 5 -> 7, improving}], considerations=[]}", a.toString());
    }
}
