package dev.safeguarding.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import dev.safeguarding.rules.sharing.InformationSharingAdvisor;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Invariants of threshold guidance over generated questions (and profiles). */
class ThresholdGuidePropertiesTest {

    private static final ThresholdGuide GUIDE = ThresholdGuide.norfolk2023();

    private record WithIndicator(ThresholdQuestion question, NeedIndicator indicator) {
    }

    private record WithSection47(ThresholdQuestion question, Section47Indicator indicator) {
    }

    private record WithProfile(ThresholdQuestion question, ThresholdProfile profile) {
    }

    @Test
    void addingAnIndicatorNeverLowersTheLevel() {
        Property.forAll(random -> new WithIndicator(ModelGen.thresholdQuestions().generate(random),
                ModelGen.needIndicators().generate(random)), c -> {
                    LevelOfNeed before = GUIDE.assess(c.question()).level();
                    LevelOfNeed after = GUIDE.assess(ThresholdQuestion.builder(c.question())
                            .addIndicator(c.indicator()).build()).level();
                    assertFalse(before.isHigherThan(after), before + " -> " + after);
                });
    }

    @Test
    void addingASection47IndicatorOrImmediateDangerMakesTheLevelAcute() {
        Property.forAll(random -> new WithSection47(ModelGen.thresholdQuestions().generate(random),
                Gen.enumValues(Section47Indicator.class).generate(random)), c -> {
                    assertEquals(LevelOfNeed.ACUTE, GUIDE.assess(ThresholdQuestion.builder(c.question())
                            .addSection47Indicator(c.indicator()).build()).level());
                    assertEquals(LevelOfNeed.ACUTE, GUIDE.assess(ThresholdQuestion.builder(c.question())
                            .immediateDanger(true).build()).level());
                });
    }

    @Test
    void theSameQuestionAlwaysGivesTheSameGuidance() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance first = GUIDE.assess(question);
            assertEquals(first, GUIDE.assess(question));
            assertEquals(first, GUIDE.assess(ThresholdQuestion.builder(question).build()));
        });
    }

    @Test
    void everyReasonAndConsiderationHasASourceAndNoUnfilledPlaceholder() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance g = GUIDE.assess(question);
            Stream.concat(g.reasons().stream(), g.considerations().stream()).forEach(statement -> {
                assertNotNull(statement.source());
                assertFalse(statement.source().section().isBlank());
                assertFalse(statement.text().contains(GuidanceStatement.DETAIL), statement.text());
            });
        });
    }

    @Test
    void thereIsAlwaysAResponseAndTheLineManagerPromptComesLast() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance g = GUIDE.assess(question);
            assertNotNull(g.response());
            assertFalse(g.reasons().isEmpty());
            assertEquals(GuidanceCode.TALK_TO_LINE_MANAGER, g.considerations().get(g.considerations().size() - 1).code());
        });
    }

    @Test
    void refusedConsentNeverChangesTheLevelOrTheResponse() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance refused = GUIDE.assess(ThresholdQuestion.builder(question)
                    .consent(ConsentStatus.REFUSED).build());
            for (ConsentStatus other : new ConsentStatus[] {ConsentStatus.GIVEN, ConsentStatus.NOT_SOUGHT}) {
                ThresholdGuidance g = GUIDE.assess(ThresholdQuestion.builder(question).consent(other).build());
                assertEquals(g.level(), refused.level());
                assertEquals(g.response(), refused.response());
            }
        });
    }

    @Test
    void theLevelIsAcuteExactlyWhenDangerASection47IndicatorOrAnAcuteIndicatorIsPresent() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            boolean acute = question.immediateDanger() || !question.section47Indicators().isEmpty()
                    || question.indicators().stream().anyMatch(i -> i.level() == LevelOfNeed.ACUTE);
            assertEquals(acute, GUIDE.assess(question).level() == LevelOfNeed.ACUTE);
        });
    }

    @Test
    void anyCompleteProfileGivesGuidanceWithTheSameLevelInItsOwnWords() {
        Property.forAll(random -> new WithProfile(ModelGen.thresholdQuestions().generate(random),
                ModelGen.thresholdProfiles().generate(random)), c -> {
                    ThresholdGuidance own = ThresholdGuide.of(c.profile()).assess(c.question());
                    assertEquals(c.profile().id(), own.profileId());
                    assertEquals(GUIDE.assess(c.question()).level(), own.level());
                    assertEquals(c.profile().statement(GuidanceCode.PROFESSIONAL_JUDGEMENT), own.professionalJudgement());
                    own.reasons().forEach(r -> assertEquals(c.profile().statement(r.code()).source(), r.source()));
                    assertTrue(own.considerations().size() >= 1);
                });
    }

    private record WithConcern(ThresholdQuestion question, int concern, NeedIndicator indicator,
            Section47Indicator section47, AdditionalNeedsCohort cohort, EarlyHelpStatus earlyHelp) {

        /** The question with one more concern of the kind {@code concern} picks. */
        ThresholdQuestion withConcern() {
            ThresholdQuestion.Builder b = ThresholdQuestion.builder(question);
            switch (concern) {
                case 0 -> b.addIndicator(indicator);
                case 1 -> b.addSection47Indicator(section47);
                case 2 -> b.immediateDanger(true);
                case 3 -> b.neglectKnownOrSuspected(true);
                case 4 -> b.earlyHelp(earlyHelp);
                default -> b.addCohort(cohort);
            }
            return b.build();
        }
    }

    private static Gen<WithConcern> withConcerns() {
        return random -> new WithConcern(ModelGen.thresholdQuestions().generate(random), random.nextInt(6),
                ModelGen.needIndicators().generate(random), Gen.enumValues(Section47Indicator.class).generate(random),
                Gen.enumValues(AdditionalNeedsCohort.class).generate(random),
                Gen.enumValues(EarlyHelpStatus.class).filter(EarlyHelpStatus::isInPlace).generate(random));
    }

    /** Adding any concern (not only an indicator) never lowers the level. */
    @Test
    void addingAnyConcernNeverLowersTheLevel() {
        Property.forAll(withConcerns(), c -> {
            if (c.concern() == 4 && c.question().earlyHelp().isStepUpIndicated()) {
                return; // replacing a failing plan's status by another is not adding a concern
            }
            LevelOfNeed before = GUIDE.assess(c.question()).level();
            LevelOfNeed after = GUIDE.assess(c.withConcern()).level();
            assertFalse(before.isHigherThan(after), before + " -> " + after);
        });
    }

    /**
     * "Neglect is known or suspected", early help in place, a cohort "with specific needs", an indicator, a
     * Section 47 indicator or immediate danger: a question with any concern recorded is never answered with
     * "no indicators", nor at the universal level with universal services.
     */
    @Test
    void aQuestionWithAnyConcernIsNeverAnsweredWithNoIndicators() {
        Property.forAll(withConcerns(), c -> {
            ThresholdQuestion question = c.withConcern();
            ThresholdGuidance g = GUIDE.assess(question);
            assertFalse(g.reasons().stream().anyMatch(r -> r.code() == GuidanceCode.NO_INDICATORS), g::toString);
            boolean onlyUniversalIndicators = question.indicators().stream()
                    .allMatch(i -> i.level() == LevelOfNeed.UNIVERSAL);
            boolean otherConcern = question.isChildProtectionConcern() || question.neglectKnownOrSuspected()
                    || question.earlyHelp().isInPlace() || !question.cohorts().isEmpty();
            if (otherConcern || !onlyUniversalIndicators) {
                assertTrue(g.level().isHigherThan(LevelOfNeed.UNIVERSAL), g::toString);
                assertFalse(g.response() == Pathway.UNIVERSAL_SERVICES, g::toString);
            }
        });
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            boolean noIndicators = GUIDE.assess(question).reasons().stream()
                    .anyMatch(r -> r.code() == GuidanceCode.NO_INDICATORS);
            assertEquals(!question.isConcernRecorded(), noIndicators);
        });
    }

    /**
     * "Support already being provided by an organisation to the child / family should continue until it's
     * clear that support is no longer required": the level is never below the help already in place (early
     * help meets additional need; a failing plan steps up to complex), nor the response below early help.
     */
    @Test
    void theLevelIsNeverBelowTheHelpAlreadyInPlace() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance g = GUIDE.assess(question);
            if (question.earlyHelp().isInPlace()) {
                assertFalse(LevelOfNeed.ADDITIONAL.isHigherThan(g.level()), g::toString);
                assertFalse(g.response() == Pathway.UNIVERSAL_SERVICES || g.response() == Pathway.SELF_HELP_AND_ADVICE,
                        g::toString);
            }
            if (question.earlyHelp().isStepUpIndicated()) {
                assertFalse(LevelOfNeed.COMPLEX.isHigherThan(g.level()), g::toString);
                assertTrue(g.reasons().stream().anyMatch(r -> r.code() == GuidanceCode.EARLY_HELP_STEP_UP));
            }
        });
    }

    /**
     * "This includes making a child protection referral where a delay in getting consent may mean the child or
     * young person is put at further risk of harm" (Information Sharing): on the same facts the threshold guide
     * and the information-sharing advisor never contradict each other; a child protection case without consent
     * names the exception in both, and is never advised to seek consent first.
     */
    @Test
    void theGuideAndTheAdvisorAgreeOnAChildProtectionCase() {
        Property.forAll(ModelGen.thresholdQuestions(), question -> {
            ThresholdGuidance g = GUIDE.assess(question);
            SharingAdvice advice = InformationSharingAdvisor.norfolk2023().advise(question.sharingQuestion());
            boolean exceptionNamed = g.considerations().stream()
                    .anyMatch(s -> s.code() == GuidanceCode.CHILD_PROTECTION_CONSENT_EXCEPTION);
            if (question.isChildProtectionConcern() && question.consent() != ConsentStatus.GIVEN) {
                assertTrue(exceptionNamed, g::toString);
                assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
                assertTrue(advice.reasonsWithoutConsent().contains(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK));
            } else {
                assertFalse(exceptionNamed, g::toString);
            }
            if (question.isChildProtectionConcern()) {
                assertFalse(advice.action() == SharingAction.SEEK_CONSENT, advice::toString);
            }
        });
    }
}
