package dev.safeguarding.testing.model.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.RecordRequirement;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SharingGen;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape of advice, its record requirement, its statements and profiles, and the question's facts. */
class SharingAdviceModelTest {

    private static final SourcePassage SOURCE = SourcePassage.of("NSCP, Norfolk Guidance (2023)", "Information Sharing");

    private static SharingStatement statement(SharingAdviceCode code, GoldenRule... rules) {
        return SharingStatement.of(code, "Some words", List.of(rules), SOURCE);
    }

    private static RecordRequirement record() {
        return RecordRequirement.of(EnumSet.of(RecordContent.DECISION, RecordContent.REASONS),
                List.of(statement(SharingAdviceCode.RECORD_THE_DECISION, GoldenRule.KEEP_A_RECORD)));
    }

    private static SharingAdvice.Builder advice(SharingAction action) {
        return SharingAdvice.builder().profileId("p").action(action)
                .addReason(statement(SharingAdviceCode.SEEK_CONSENT_FIRST, GoldenRule.BE_OPEN_AND_HONEST))
                .record(record())
                .professionalJudgement(statement(SharingAdviceCode.PROFESSIONAL_JUDGEMENT));
    }

    @Test
    void theQuestionsDefaultsAreConsentNotSoughtNoRiskAndASafeguardingPurpose() {
        SharingQuestion question = SharingQuestion.builder().build();
        assertEquals(ConsentStatus.NOT_SOUGHT, question.consent());
        assertTrue(question.purposeIsSafeguarding());
        assertFalse(question.isSafetyAtRisk());
        assertFalse(question.inDoubt());
    }

    @Test
    void safetyIsAtRiskWithImmediateRiskRiskFromDelayOrSomeoneAtRiskIfConsentWereSought() {
        assertTrue(SharingQuestion.builder().immediateRiskOfHarm(true).build().isSafetyAtRisk());
        assertTrue(SharingQuestion.builder().delayWouldPutChildAtRisk(true).build().isSafetyAtRisk());
        assertTrue(SharingQuestion.builder().addAtRiskIfConsentSought(PersonAtRisk.REFERRER).build().isSafetyAtRisk());
        assertFalse(SharingQuestion.builder().wouldUndermineSeriousCrimeInvestigation(true).build().isSafetyAtRisk(),
                "a serious crime investigation is a reason to share without consent, not a risk to safety");
    }

    @Test
    void theGoldenRulesAdviceRestsOnAreThoseOfItsReasonsAndRecord() {
        assertEquals(Set.of(GoldenRule.BE_OPEN_AND_HONEST, GoldenRule.KEEP_A_RECORD),
                advice(SharingAction.SEEK_CONSENT).build().goldenRules());
    }

    @Test
    void adviceToShareWithoutConsentAndOnlyItNamesTheReasons() {
        assertEquals("reasonsWithoutConsent", assertThrows(InvalidValueException.class,
                () -> advice(SharingAction.SHARE_WITHOUT_CONSENT).build()).field());
        assertEquals("reasonsWithoutConsent", assertThrows(InvalidValueException.class,
                () -> advice(SharingAction.SEEK_CONSENT)
                        .addReasonsWithoutConsent(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK).build()).field());
        assertTrue(advice(SharingAction.SHARE_WITHOUT_CONSENT)
                .addReasonsWithoutConsent(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK).build().permitsSharing());
    }

    @Test
    void adviceNeedsAReasonAndTheProfessionalJudgementStatement() {
        assertEquals("reasons", assertThrows(InvalidValueException.class,
                () -> advice(SharingAction.SEEK_CONSENT).reasons(List.of()).build()).field());
        assertEquals("professionalJudgement", assertThrows(InvalidValueException.class,
                () -> advice(SharingAction.SEEK_CONSENT)
                        .professionalJudgement(statement(SharingAdviceCode.SEEK_ADVICE)).build()).field());
    }

    /** "Keep a record of your decision and the reasons for it \u2013 whether it is to share information or not." */
    @Test
    void everyRecordRequirementHoldsTheDecisionAndReasonsAndBeginsWithRule7() {
        assertEquals("contents", assertThrows(InvalidValueException.class, () -> RecordRequirement.of(
                EnumSet.of(RecordContent.DECISION), record().statements())).field());
        assertEquals("statements", assertThrows(InvalidValueException.class, () -> RecordRequirement.of(
                record().contents(), List.of(statement(SharingAdviceCode.SINGLE_AGENCY_RECORD)))).field());
        assertTrue(record().requires(RecordContent.REASONS));
        assertFalse(record().requires(RecordContent.WITH_WHOM));
    }

    @Test
    void aProfileHoldsOneStatementForEveryCode() {
        Property.forAll(SharingGen.sharingProfiles(), profile -> {
            for (SharingAdviceCode code : SharingAdviceCode.values()) {
                assertEquals(code, profile.statement(code).code());
            }
        });
        List<SharingStatement> all = SharingGen.sharingProfiles().generate(new java.util.SplittableRandom(1))
                .statements();
        assertEquals("statements", assertThrows(InvalidValueException.class, () -> SharingProfile.builder()
                .id("x").name("x").source(SOURCE).statements(all.subList(1, all.size())).build()).field());
        assertEquals("statements", assertThrows(InvalidValueException.class, () -> SharingProfile.builder()
                .id("x").name("x").source(SOURCE).statements(all).addStatement(all.get(0)).build()).field());
    }

    @Test
    void statementsFillInTheirDetailAndCodesAreStable() {
        SharingStatement template = SharingStatement.of(SharingAdviceCode.SEEKING_CONSENT_WOULD_INCREASE_RISK,
                "It would place " + SharingStatement.DETAIL + " at risk.", List.of(GoldenRule.BE_OPEN_AND_HONEST),
                SOURCE);
        assertEquals("It would place the child at risk.", template.withDetail("the child").text());
        for (SharingAdviceCode code : SharingAdviceCode.values()) {
            assertTrue(code.code().startsWith("sharing."), code::code);
            assertEquals(code, SharingAdviceCode.ofCode(code.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> SharingAdviceCode.ofCode("need.immediate-danger"));
        assertThrows(IllegalArgumentException.class, () -> GoldenRule.ofNumber(8));
    }

    @Test
    void childConsentBasisToStringNeverShowsTheRationale() {
        Property.forAll(SharingGen.childConsentBases(), basis -> basis.rationale()
                .ifPresent(r -> assertFalse(basis.toString().contains(r))));
        Property.forAll(SharingGen.consentScopes(), scope -> {
            assertFalse(scope.toString().contains(scope.information()));
            assertFalse(scope.toString().contains(scope.purpose()));
        });
    }

    @Test
    void onlySharingActionsPermitSharing() {
        assertEquals(EnumSet.of(SharingAction.SHARE_WITH_CONSENT, SharingAction.SHARE_WITHOUT_CONSENT),
                EnumSet.copyOf(java.util.Arrays.stream(SharingAction.values()).filter(SharingAction::permitsSharing)
                        .toList()));
    }
}
