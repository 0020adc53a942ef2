package dev.safeguarding.rules.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Norfolk advisor does what the guidance says; each test quotes the passage it pins (NSCP, Norfolk
 * Guidance to Understanding Continuum of Needs (2023), "Information Sharing" unless it says otherwise).
 */
class InformationSharingAdvisorTest {

    private static final InformationSharingAdvisor ADVISOR = InformationSharingAdvisor.norfolk2023();

    private static SharingQuestion.Builder question() {
        return SharingQuestion.builder();
    }

    private static List<SharingAdviceCode> codes(List<SharingStatement> statements) {
        return statements.stream().map(SharingStatement::code).toList();
    }

    private static SharingStatement reason(SharingAdvice advice, SharingAdviceCode code) {
        return advice.reasons().stream().filter(r -> r.code() == code).findFirst()
                .orElseThrow(() -> new AssertionError("no reason " + code.code() + " in " + codes(advice.reasons())));
    }

    /**
     * Ofsted: "a school that reported to an inspector that they could not share information about domestic
     * abuse unless they had the parents' permission". Norfolk: "if having a conversation with the family
     * would place the child, or another child, or someone else, or you the referrer, at increased risk of
     * suffering harm you do not need consent"; golden rule 1: data protection law is "not [a barrier] to
     * justified information sharing".
     */
    @Test
    void theOfstedSchoolCaseIsAdviceToShareWithoutConsentBecauseAskingWouldRaiseTheRisk() {
        SharingAdvice advice = ADVISOR.advise(question()
                .addAtRiskIfConsentSought(PersonAtRisk.CHILD, PersonAtRisk.SOMEONE_ELSE).build());

        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
        assertEquals(Set.of(WithoutConsentReason.SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM),
                advice.reasonsWithoutConsent());
        assertEquals(List.of(SharingAdviceCode.SEEKING_CONSENT_WOULD_INCREASE_RISK,
                SharingAdviceCode.SAFETY_AND_WELL_BEING, SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER,
                SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY), codes(advice.reasons()));
        assertTrue(advice.reasons().get(0).text().startsWith("Having a conversation with the family would place"
                + " the child and someone else at increased risk of suffering harm: you do not need consent."),
                advice.reasons().get(0).text());
        assertEquals(EnumSet.of(GoldenRule.DATA_PROTECTION_IS_NOT_A_BARRIER, GoldenRule.BE_OPEN_AND_HONEST,
                GoldenRule.SHARE_WITH_INFORMED_CONSENT_WHERE_APPROPRIATE, GoldenRule.CONSIDER_SAFETY_AND_WELL_BEING,
                GoldenRule.KEEP_A_RECORD), advice.goldenRules());
        assertEquals(EnumSet.of(RecordContent.DECISION, RecordContent.REASONS, RecordContent.WHAT_WAS_SHARED,
                RecordContent.WITH_WHOM, RecordContent.PURPOSE, RecordContent.BASIS, RecordContent.DECIDED_BY,
                RecordContent.DECIDED_ON), advice.record().contents());
        assertEquals(List.of(SharingAdviceCode.NECESSARY_AND_PROPORTIONATE), codes(advice.considerations()));
    }

    /** "Fears about sharing information must not be allowed to stand in the way" (NSCP 3.15, quoting WT2018). */
    @Test
    void fearsAboutSharingAreAnsweredFromTheMultiAgencyFramework() {
        SharingAdvice advice = ADVISOR.advise(question().addAtRiskIfConsentSought(PersonAtRisk.REFERRER).build());
        SharingStatement fears = reason(advice, SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY);
        assertEquals(SharingProfiles.NORFOLK_MULTI_AGENCY_FRAMEWORK, fears.source().document());
        assertTrue(reason(advice, SharingAdviceCode.SEEKING_CONSENT_WOULD_INCREASE_RISK).text()
                .contains("would place you the referrer at increased risk"));
    }

    @Test
    void everyoneAtRiskIsNamedInTheGuidancesOrder() {
        SharingAdvice advice = ADVISOR.advise(question()
                .atRiskIfConsentSought(EnumSet.allOf(PersonAtRisk.class)).build());
        assertTrue(advice.reasons().get(0).text().contains(
                "would place the child, another child, someone else and you the referrer at increased risk"));
    }

    /** Golden rule 4: "Share with informed consent where appropriate ... be mindful that an individual might not expect information to be shared." */
    @Test
    void consentGivenIsAdviceToShareWithConsentMindfulThatSharingMightNotBeExpected() {
        SharingAdvice advice = ADVISOR.advise(question().consent(ConsentStatus.GIVEN).build());
        assertEquals(SharingAction.SHARE_WITH_CONSENT, advice.action());
        assertEquals(List.of(SharingAdviceCode.CONSENT_GIVEN), codes(advice.reasons()));
        assertEquals(List.of(SharingAdviceCode.MIGHT_NOT_EXPECT_SHARING, SharingAdviceCode.NECESSARY_AND_PROPORTIONATE),
                codes(advice.considerations()));
        assertTrue(advice.reasonsWithoutConsent().isEmpty());
        assertTrue(advice.record().requires(RecordContent.BASIS));
    }

    /**
     * "In general, conversations about what is worrying you happens with the family first"; "Be clear from
     * the start ... Don't: Add consent in at the end of the conversation" ("Gaining Consent and Working on a
     * Voluntary Basis with a Family").
     */
    @Test
    void consentNotSoughtWithNoReasonNotToSeekItIsAdviceToSeekItFirstFromTheStart() {
        SharingAdvice advice = ADVISOR.advise(question().build());
        assertEquals(SharingAction.SEEK_CONSENT, advice.action());
        assertFalse(advice.permitsSharing());
        assertEquals(List.of(SharingAdviceCode.SEEK_CONSENT_FIRST), codes(advice.reasons()));
        assertEquals(List.of(SharingAdviceCode.CONSENT_FROM_THE_START, SharingAdviceCode.CHILD_CONSENT),
                codes(advice.considerations()));
        assertTrue(advice.considerations().get(0).text().contains("Don't add consent in at the end of the conversation"));
        assertEquals(List.of(SharingAdviceCode.RECORD_THE_DECISION, SharingAdviceCode.RECORDING_WHAT_WE_DO,
                SharingAdviceCode.RECORD_THE_CONSENT, SharingAdviceCode.SINGLE_AGENCY_RECORD),
                codes(advice.record().statements()));
        assertEquals(EnumSet.of(RecordContent.DECISION, RecordContent.REASONS, RecordContent.DECIDED_BY,
                RecordContent.DECIDED_ON), advice.record().contents());
    }

    /**
     * "Refusal to give consent to share information or to engage with services should not be seen in
     * isolation as a reason to escalate concerns to the next level"; golden rule 4: "where possible, respect
     * the wishes of those who do not consent to share confidential information".
     */
    @Test
    void refusalWithNoRiskIsRespectedAndIsNotAReasonToEscalate() {
        SharingAdvice advice = ADVISOR.advise(question().consent(ConsentStatus.REFUSED).build());
        assertEquals(SharingAction.RESPECT_REFUSAL, advice.action());
        assertEquals(List.of(SharingAdviceCode.RESPECT_REFUSAL), codes(advice.reasons()));
        assertEquals(List.of(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE, SharingAdviceCode.ENGAGE_POSITIVELY),
                codes(advice.considerations()));
        assertTrue(advice.record().requires(RecordContent.BASIS), "the refusal is the basis of not sharing");
    }

    /** Golden rule 4: "You may still share information without consent if ... safety may be at risk." */
    @Test
    void refusalWhereSafetyMayBeAtRiskIsAdviceToShareWithoutConsent() {
        SharingAdvice advice = ADVISOR.advise(question().consent(ConsentStatus.REFUSED)
                .addAtRiskIfConsentSought(PersonAtRisk.CHILD).build());
        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
        assertEquals(Set.of(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK), advice.reasonsWithoutConsent(),
                "the family has been asked already: the reason is the risk to safety, not the asking");
        assertEquals(SharingAdviceCode.SAFETY_OVERRIDES_REFUSAL, advice.reasons().get(0).code());
        assertTrue(codes(advice.considerations()).contains(SharingAdviceCode.REFUSAL_NOT_A_REASON_TO_ESCALATE));
        assertFalse(codes(advice.considerations()).contains(SharingAdviceCode.ENGAGE_POSITIVELY));
    }

    /** "Section 47 Duty to Investigate": "If you have immediate concerns for a child's safety, you should call 999". */
    @Test
    void immediateRiskOfHarmIsAdviceToShareWithoutWaitingAndToCall999() {
        SharingAdvice advice = ADVISOR.advise(question().immediateRiskOfHarm(true).build());
        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
        SharingStatement immediate = reason(advice, SharingAdviceCode.IMMEDIATE_RISK_OF_HARM);
        assertTrue(immediate.text().contains("call 999"));
        assertEquals("Section 47 Duty to Investigate", immediate.source().section());
        assertEquals(Set.of(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK), advice.reasonsWithoutConsent());

        SharingAdvice withConsent = ADVISOR.advise(question().consent(ConsentStatus.GIVEN).immediateRiskOfHarm(true)
                .build());
        assertEquals(List.of(SharingAdviceCode.CONSENT_GIVEN, SharingAdviceCode.IMMEDIATE_RISK_OF_HARM),
                codes(withConsent.reasons()));
    }

    /**
     * "This includes making a child protection referral where a delay in getting consent may mean the child
     * or young person is put at further risk of harm."
     */
    @Test
    void delayThatPutsTheChildAtRiskIsAReasonToShareWithoutConsent() {
        SharingAdvice advice = ADVISOR.advise(question().delayWouldPutChildAtRisk(true).build());
        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
        assertEquals(Set.of(WithoutConsentReason.DELAY_WOULD_PUT_CHILD_AT_FURTHER_RISK), advice.reasonsWithoutConsent());
    }

    /**
     * "You also don't need consent if it might undermine the investigation of a serious crime"; "Any
     * professional ambiguity should be clarified with the relevant agency".
     */
    @Test
    void aSeriousCrimeInvestigationIsAReasonToShareWithoutConsentAndToClarifyWithTheAgency() {
        SharingAdvice advice = ADVISOR.advise(question().wouldUndermineSeriousCrimeInvestigation(true).build());
        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
        assertEquals(Set.of(WithoutConsentReason.WOULD_UNDERMINE_INVESTIGATION_OF_SERIOUS_CRIME),
                advice.reasonsWithoutConsent());
        assertFalse(codes(advice.reasons()).contains(SharingAdviceCode.FEARS_MUST_NOT_STAND_IN_THE_WAY),
                "no risk to safety is stated");
        assertTrue(codes(advice.reasons()).contains(SharingAdviceCode.DATA_PROTECTION_NOT_A_BARRIER));
        assertTrue(codes(advice.considerations()).contains(SharingAdviceCode.CLARIFY_WITH_THE_AGENCY));
    }

    /** "there are some exceptions when it comes to protecting children": silent on other purposes. */
    @Test
    void aSeriousCrimeInvestigationForAnotherPurposeIsAdviceToSeekAdvice() {
        SharingAdvice advice = ADVISOR.advise(question().wouldUndermineSeriousCrimeInvestigation(true)
                .purposeIsSafeguarding(false).build());
        assertEquals(SharingAction.SEEK_ADVICE, advice.action());
        assertEquals(List.of(SharingAdviceCode.PURPOSE_NOT_SAFEGUARDING, SharingAdviceCode.SEEK_ADVICE),
                codes(advice.reasons()));
        SharingAdvice withRisk = ADVISOR.advise(question().wouldUndermineSeriousCrimeInvestigation(true)
                .purposeIsSafeguarding(false).delayWouldPutChildAtRisk(true).build());
        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, withRisk.action(), "a risk to safety makes it safeguarding");
        assertTrue(withRisk.reasonsWithoutConsent().contains(WithoutConsentReason.WOULD_UNDERMINE_INVESTIGATION_OF_SERIOUS_CRIME));
    }

    /**
     * "There may be occasions, such as criminal investigation or local authority proceedings, which require an
     * element of confidentiality from the family involved. Any professional ambiguity should be clarified with
     * the relevant agency to ensure that investigations or proceedings are not compromised." (Information
     * Sharing): no prompt to be open with the family from the start, whatever the purpose or the consent.
     */
    @Test
    void aSeriousCrimeInvestigationSuppressesThePromptsToBeOpenWithTheFamilyAndAsksTheAgencyInstead() {
        for (ConsentStatus consent : List.of(ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED)) {
            for (boolean safeguarding : List.of(true, false)) {
                SharingAdvice advice = ADVISOR.advise(question().consent(consent).purposeIsSafeguarding(safeguarding)
                        .wouldUndermineSeriousCrimeInvestigation(true).build());
                List<SharingAdviceCode> all = codes(advice.considerations());
                String facts = consent + ", safeguarding " + safeguarding;
                assertTrue(all.contains(SharingAdviceCode.CLARIFY_WITH_THE_AGENCY), facts);
                assertFalse(all.contains(SharingAdviceCode.CONSENT_FROM_THE_START), facts);
                assertFalse(all.contains(SharingAdviceCode.CHILD_CONSENT), facts);
                assertFalse(all.contains(SharingAdviceCode.ENGAGE_POSITIVELY), facts);
                assertFalse(codes(advice.record().statements()).contains(SharingAdviceCode.RECORD_THE_CONSENT), facts);
                assertFalse(codes(advice.reasons()).contains(SharingAdviceCode.SEEK_CONSENT_FIRST), facts);
            }
        }
    }

    /**
     * "While it is usually good practice to seek consent for making any referral, there are some exceptions
     * when it comes to protecting children. ... This includes making a child protection referral where a delay
     * in getting consent may mean the child or young person is put at further risk of harm." (Information
     * Sharing)
     */
    @Test
    void aChildProtectionConcernIsNeverAdviceToSeekConsentFirst() {
        for (ConsentStatus consent : List.of(ConsentStatus.NOT_SOUGHT, ConsentStatus.REFUSED)) {
            SharingAdvice advice = ADVISOR.advise(question().consent(consent).childProtectionConcern(true).build());
            assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action(), consent::toString);
            assertTrue(advice.reasonsWithoutConsent().contains(WithoutConsentReason.SAFETY_MAY_BE_AT_RISK));
            SharingStatement reason = reason(advice, SharingAdviceCode.CHILD_PROTECTION_REFERRAL);
            assertTrue(reason.text().contains("This includes making a child protection referral"), reason.text());
        }
        SharingAdvice given = ADVISOR.advise(question().consent(ConsentStatus.GIVEN).childProtectionConcern(true).build());
        assertEquals(SharingAction.SHARE_WITH_CONSENT, given.action());
    }

    /**
     * Golden rule 3: "Seek advice from other practitioners if you are in any doubt about sharing the
     * information concerned, without disclosing the identity of the individual where possible."
     */
    @Test
    void inDoubtWithNoRiskIsAdviceToSeekAdviceWithoutNamingThePerson() {
        SharingAdvice advice = ADVISOR.advise(question().inDoubt(true).build());
        assertEquals(SharingAction.SEEK_ADVICE, advice.action());
        SharingStatement seek = reason(advice, SharingAdviceCode.SEEK_ADVICE);
        assertEquals(Set.of(GoldenRule.SEEK_ADVICE), seek.goldenRules());
        assertTrue(seek.text().contains("without disclosing the identity of the individual where possible"));
        assertTrue(advice.record().requires(RecordContent.ADVICE_SOUGHT));
        assertTrue(codes(advice.considerations()).contains(SharingAdviceCode.CONSENT_FROM_THE_START),
                "consent is still to be sought first");
    }

    @Test
    void inDoubtWhereSafetyIsAtRiskIsStillAdviceToShareWithAdviceAsAConsideration() {
        SharingAdvice advice = ADVISOR.advise(question().inDoubt(true).immediateRiskOfHarm(true).build());
        assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
        assertTrue(codes(advice.considerations()).contains(SharingAdviceCode.SEEK_ADVICE));
    }

    @Test
    void everyAdviceSaysItSupportsProfessionalJudgement() {
        SharingAdvice advice = ADVISOR.advise(question().build());
        assertEquals(SharingAdviceCode.PROFESSIONAL_JUDGEMENT, advice.professionalJudgement().code());
        assertTrue(advice.professionalJudgement().text().contains("base your judgement on the facts of the case"));
        assertEquals("norfolk-2023", advice.profileId());
    }
}
