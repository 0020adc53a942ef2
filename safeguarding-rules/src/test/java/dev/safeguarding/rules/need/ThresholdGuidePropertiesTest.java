package dev.safeguarding.rules.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.sharing.ConsentStatus;
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
}
