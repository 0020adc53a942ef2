package dev.safeguarding.rules.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SharingGen;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Invariants of information-sharing advice over every combination of facts (3,072 questions) and over
 * generated profiles: the guidance's points as properties.
 */
class InformationSharingAdvisorPropertiesTest {

    private static final InformationSharingAdvisor ADVISOR = InformationSharingAdvisor.norfolk2023();
    private static final List<SharingQuestion> EVERY_QUESTION = SharingGen.everySharingQuestion();

    private static List<SharingAdviceCode> codes(List<SharingStatement> statements) {
        return statements.stream().map(SharingStatement::code).toList();
    }

    private static Stream<SharingStatement> everyStatement(SharingAdvice advice) {
        return Stream.of(advice.reasons().stream(), advice.considerations().stream(),
                advice.record().statements().stream(), Stream.of(advice.professionalJudgement())).flatMap(s -> s);
    }

    @Test
    void theSpaceOfFactsIsCoveredOnce() {
        assertEquals(3 * 1024, EVERY_QUESTION.size());
        assertEquals(EVERY_QUESTION.size(), EVERY_QUESTION.stream().distinct().count());
    }

    /** Golden rule 4: "You may still share information without consent if ... safety may be at risk." */
    @Test
    void withAnySafetyRiskTheAdviceNeverForbidsSharing() {
        Property.forEvery(EVERY_QUESTION, question -> {
            if (question.isSafetyAtRisk()) {
                SharingAdvice advice = ADVISOR.advise(question);
                assertTrue(advice.permitsSharing(), advice.action()::toString);
                if (question.consent() != ConsentStatus.GIVEN) {
                    assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
                }
            }
        });
    }

    /** Golden rule 7: "Keep a record of your decision and the reasons for it \u2013 whether it is to share information or not." */
    @Test
    void everyAdviceRequiresARecordOfTheDecisionTheReasonsWhoAndWhen() {
        Property.forEvery(EVERY_QUESTION, question -> {
            SharingAdvice advice = ADVISOR.advise(question);
            assertTrue(advice.record().contents().containsAll(List.of(RecordContent.DECISION, RecordContent.REASONS,
                    RecordContent.DECIDED_BY, RecordContent.DECIDED_ON)));
            assertEquals(SharingAdviceCode.RECORD_THE_DECISION, advice.record().statements().get(0).code());
            assertTrue(advice.goldenRules().contains(GoldenRule.KEEP_A_RECORD));
            if (advice.permitsSharing()) {
                assertTrue(advice.record().contents().containsAll(List.of(RecordContent.WHAT_WAS_SHARED,
                        RecordContent.WITH_WHOM, RecordContent.PURPOSE, RecordContent.BASIS)));
            }
        });
    }

    /**
     * "Refusal to give consent ... should not be seen in isolation as a reason to escalate": refused consent
     * never permits sharing that the same facts would not permit with consent not sought, and every advice
     * on refused consent says so.
     */
    @Test
    void refusalOfConsentIsNotInItselfAReasonToEscalate() {
        Property.forEvery(EVERY_QUESTION, question -> {
            if (question.consent() != ConsentStatus.REFUSED) {
                return;
            }
            SharingAdvice refused = ADVISOR.advise(question);
            SharingAdvice notSought = ADVISOR.advise(SharingQuestion.builder(question)
                    .consent(ConsentStatus.NOT_SOUGHT).build());
            if (refused.permitsSharing()) {
                assertTrue(notSought.permitsSharing(), "refusal alone led to sharing");
            }
            assertTrue(codes(refused.considerations()).contains(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE));
        });
    }

    /** Golden rule 1: data protection law is "not [a barrier] to justified information sharing". */
    @Test
    void dataProtectionLawIsNamedAsNoBarrierWheneverSharingWithoutConsentIsJustified() {
        Property.forEvery(EVERY_QUESTION, question -> {
            SharingAdvice advice = ADVISOR.advise(question);
            if (advice.action() == SharingAction.SHARE_WITHOUT_CONSENT) {
                assertTrue(codes(advice.reasons()).contains(SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER));
                assertTrue(advice.goldenRules().contains(GoldenRule.DATA_PROTECTION_IS_NOT_A_BARRIER));
                assertFalse(advice.reasonsWithoutConsent().isEmpty());
            }
        });
    }

    /**
     * "Don't: Add consent in at the end of the conversation": consent is sought before sharing, never after.
     * Advice shares with consent only when consent has been given; advice that shares never asks for consent
     * to be sought; and without a reason not to, consent not sought means seeking it first (or advice).
     */
    @Test
    void consentIsNeverBoltedOnAtTheEnd() {
        Property.forEvery(EVERY_QUESTION, question -> {
            SharingAdvice advice = ADVISOR.advise(question);
            assertEquals(question.consent() == ConsentStatus.GIVEN, advice.action() == SharingAction.SHARE_WITH_CONSENT);
            List<SharingAdviceCode> all = everyStatement(advice).map(SharingStatement::code).toList();
            if (advice.permitsSharing()) {
                assertFalse(all.contains(SharingAdviceCode.SEEK_CONSENT_FIRST));
                assertFalse(all.contains(SharingAdviceCode.CONSENT_FROM_THE_START));
            }
            if (advice.action() == SharingAction.SEEK_CONSENT) {
                assertEquals(ConsentStatus.NOT_SOUGHT, question.consent());
                assertTrue(all.contains(SharingAdviceCode.CONSENT_FROM_THE_START));
                assertTrue(all.contains(SharingAdviceCode.RECORD_THE_CONSENT));
            }
        });
    }

    @Test
    void everyAdviceRestsOnAtLeastOneGoldenRuleBeyondKeepingARecord() {
        Property.forEvery(EVERY_QUESTION, question -> {
            SharingAdvice advice = ADVISOR.advise(question);
            assertTrue(advice.reasons().stream().anyMatch(r -> !r.goldenRules().isEmpty()),
                    () -> codes(advice.reasons()).toString());
        });
    }

    @Test
    void everyStatementHasASourceAndNoUnfilledPlaceholder() {
        Property.forEvery(EVERY_QUESTION, question -> everyStatement(ADVISOR.advise(question)).forEach(s -> {
            assertFalse(s.source().section().isBlank());
            assertFalse(s.text().contains(SharingStatement.DETAIL), s.text());
        }));
    }

    @Test
    void theSameQuestionAlwaysGivesTheSameAdvice() {
        Property.forAll(SharingGen.sharingQuestions(), question -> {
            assertEquals(ADVISOR.advise(question), ADVISOR.advise(SharingQuestion.builder(question).build()));
        });
    }

    private record WithProfile(SharingQuestion question, SharingProfile profile) {
    }

    /** Another partnership's wording changes the words, never the action or the codes. */
    @Test
    void anyProfileGivesTheSameActionsAndCodesInItsOwnWords() {
        Property.forAll(random -> new WithProfile(SharingGen.sharingQuestions().generate(random),
                SharingGen.sharingProfiles().generate(random)), c -> {
                    SharingAdvice norfolk = ADVISOR.advise(c.question());
                    SharingAdvice other = InformationSharingAdvisor.of(c.profile()).advise(c.question());
                    assertEquals(norfolk.action(), other.action());
                    assertEquals(norfolk.reasonsWithoutConsent(), other.reasonsWithoutConsent());
                    assertEquals(codes(norfolk.reasons()), codes(other.reasons()));
                    assertEquals(codes(norfolk.considerations()), codes(other.considerations()));
                    assertEquals(norfolk.record().contents(), other.record().contents());
                    assertEquals(c.profile().id(), other.profileId());
                });
    }
}
