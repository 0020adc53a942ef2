package dev.safeguarding.rules.need;

import static dev.safeguarding.model.need.AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS;
import static dev.safeguarding.model.need.AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS;
import static dev.safeguarding.model.need.AssessmentDomain.PARENTING_CAPACITY;
import static dev.safeguarding.model.need.LevelOfNeed.ACUTE;
import static dev.safeguarding.model.need.LevelOfNeed.ADDITIONAL;
import static dev.safeguarding.model.need.LevelOfNeed.COMPLEX;
import static dev.safeguarding.model.need.LevelOfNeed.UNIVERSAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ResponseBand;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.SharedLanguageTerm;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.rules.sharing.InformationSharingAdvisor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Norfolk guide does what the guidance says; each test quotes the passage of NSCP, Norfolk
 * Guidance to Understanding Continuum of Needs (2023) that it pins.
 */
class ThresholdGuideTest {

    private static final ThresholdGuide GUIDE = ThresholdGuide.norfolk2023();
    private static final Child BABY = Child.born("baby-1", LocalDate.of(2026, 8, 1));

    private static ThresholdQuestion.Builder question() {
        return ThresholdQuestion.builder().child(BABY);
    }

    private static List<GuidanceCode> codes(List<GuidanceStatement> statements) {
        return statements.stream().map(GuidanceStatement::code).toList();
    }

    /** "If you have immediate concerns for a child's safety, you should call 999 for an emergency response." */
    @Test
    void immediateDangerIsAnEmergencyAtTheAcuteLevel() {
        ThresholdGuidance g = GUIDE.assess(question().immediateDanger(true)
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertEquals(ACUTE, g.level());
        assertEquals(Pathway.EMERGENCY, g.response());
        assertEquals(GuidanceCode.IMMEDIATE_DANGER, g.reasons().get(0).code());
        assertEquals("Section 47 Duty to Investigate", g.reasons().get(0).source().section());
    }

    /**
     * "The criteria below is an indicator guide of the type of circumstances which would lead to a S47
     * assessment": "Unexplained injuries or bruising in pre-mobile or non-verbal babies or young children".
     */
    @Test
    void anySection47IndicatorIsAcuteWithAConsultationForASection47EnquiryNamingEachIndicator() {
        ThresholdGuidance g = GUIDE.assess(question()
                .addSection47Indicator(Section47Indicator.UNEXPLAINED_INJURY_PRE_MOBILE_OR_NON_VERBAL)
                .addSection47Indicator(Section47Indicator.PRE_OR_NON_MOBILE_CHILD_ABUSE_OR_INJURY).build());
        assertEquals(ACUTE, g.level());
        assertEquals(Pathway.SECTION_47_ENQUIRY, g.response());
        List<GuidanceStatement> s47 = g.reasons().stream()
                .filter(r -> r.code() == GuidanceCode.SECTION_47_INDICATOR).toList();
        assertEquals(2, s47.size());
        assertTrue(s47.get(0).text().contains(Section47Indicator.PRE_OR_NON_MOBILE_CHILD_ABUSE_OR_INJURY.label()));
        assertTrue(s47.get(1).text().contains(Section47Indicator.UNEXPLAINED_INJURY_PRE_MOBILE_OR_NON_VERBAL.label()));
        assertFalse(s47.get(0).text().contains(GuidanceStatement.DETAIL));
    }

    @Test
    void immediateDangerOutranksASection47EnquiryForTheResponse() {
        ThresholdGuidance g = GUIDE.assess(question().immediateDanger(true)
                .addSection47Indicator(Section47Indicator.PREGNANCY_UNDER_13).build());
        assertEquals(Pathway.EMERGENCY, g.response());
        assertEquals(List.of(GuidanceCode.IMMEDIATE_DANGER, GuidanceCode.SECTION_47_INDICATOR), codes(g.reasons()),
                "no indicators of need is no reason when danger or a Section 47 indicator sets the level");
    }

    /** Otherwise the level is the highest the indicators point to; with none, universal. */
    @Test
    void theLevelIsTheHighestTheIndicatorsPointTo() {
        ThresholdGuidance g = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX)).build());
        assertEquals(COMPLEX, g.level());
        assertEquals(Pathway.CADS_CONSULTATION, g.response());
        assertEquals("The highest level of need the recorded indicators point to is Complex (1 of 2 indicators).",
                g.reasons().get(0).text());
    }

    @Test
    void noIndicatorsMeansUniversalServices() {
        ThresholdGuidance g = GUIDE.assess(question().build());
        assertEquals(UNIVERSAL, g.level());
        assertEquals(Pathway.UNIVERSAL_SERVICES, g.response());
        assertEquals(List.of(GuidanceCode.NO_INDICATORS), codes(g.reasons()));
        assertEquals(List.of(GuidanceCode.TALK_TO_LINE_MANAGER), codes(g.considerations()));
    }

    @Test
    void additionalNeedIsMetByAnEarlyHelpAssessmentAndPlan() {
        ThresholdGuidance g = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertEquals(ADDITIONAL, g.level());
        assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, g.response());
    }

    /**
     * "Remember that if there is a combination of lower level indicators the risk might be heightened
     * overall and need to be considered for further interventions."
     */
    @Test
    void everyLowerLevelIndicatorCountsTowardsACombinationToWeigh() {
        ThresholdGuidance g = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(FAMILY_AND_ENVIRONMENTAL_FACTORS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, UNIVERSAL)).build());
        assertEquals(ADDITIONAL, g.level(), "a combination is weighed by the practitioner, never raised by the guide");
        GuidanceStatement combination = g.considerations().get(0);
        assertEquals(GuidanceCode.COMBINATION_OF_INDICATORS, combination.code());
        assertTrue(combination.text().contains("4 indicators up to Additional Need across 3 domains"),
                combination.text());
        assertTrue(combination.text().contains("consider the next level, Complex"), combination.text());
    }

    /**
     * "A combination of lower level indicators": the guidance names no spread across domains, so five
     * additional-need indicators in one domain, or one complex and four additional, are a combination.
     */
    @Test
    void aCombinationMayLieInOneDomainAndMixLevels() {
        ThresholdQuestion.Builder oneDomain = question();
        for (int i = 0; i < 5; i++) {
            oneDomain.addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL));
        }
        ThresholdQuestion.Builder mixed = question().addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX));
        for (int i = 0; i < 4; i++) {
            mixed.addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL));
        }
        ThresholdGuidance five = GUIDE.assess(oneDomain.build());
        ThresholdGuidance complexAndFour = GUIDE.assess(mixed.build());
        assertTrue(codes(five.considerations()).contains(GuidanceCode.COMBINATION_OF_INDICATORS));
        assertTrue(five.considerations().get(0).text().contains("5 indicators up to Additional Need across 1 domain "),
                five.considerations().get(0).text());
        assertTrue(codes(complexAndFour.considerations()).contains(GuidanceCode.COMBINATION_OF_INDICATORS));
        assertTrue(complexAndFour.considerations().get(0).text().contains("consider the next level, Acute"));
        assertEquals(COMPLEX, complexAndFour.level());
    }

    @Test
    void twoIndicatorsAreNotACombinationAndASpreadIsTheProfilesSetting() {
        ThresholdQuestion threeInOneDomain = question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL)).build();
        ThresholdGuidance two = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL))
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertFalse(codes(two.considerations()).contains(GuidanceCode.COMBINATION_OF_INDICATORS));
        assertEquals(1, GUIDE.profile().combinationMinimumDomains());
        assertTrue(codes(GUIDE.assess(threeInOneDomain).considerations())
                .contains(GuidanceCode.COMBINATION_OF_INDICATORS));
        ThresholdGuide spread = ThresholdGuide.of(ThresholdProfile.builder().from(GUIDE.profile())
                .combinationMinimumDomains(2).build());
        assertFalse(codes(spread.assess(threeInOneDomain).considerations())
                .contains(GuidanceCode.COMBINATION_OF_INDICATORS));
    }

    /**
     * "Equally one or two indicators of need appearing as a higher risk does not necessarily mean that the
     * best response is one from a statutory service. An enhanced early help offer may meet the need more
     * effectively."
     */
    @Test
    void oneOrTwoComplexIndicatorsAloneSuggestAnEnhancedEarlyHelpOffer() {
        ThresholdGuidance one = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX)).build());
        ThresholdGuidance two = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX))
                .addIndicator(NeedIndicator.of(FAMILY_AND_ENVIRONMENTAL_FACTORS, COMPLEX)).build());
        assertEquals(GuidanceCode.ENHANCED_EARLY_HELP, one.considerations().get(0).code());
        assertEquals(GuidanceCode.ENHANCED_EARLY_HELP, two.considerations().get(0).code());
        assertEquals(COMPLEX, two.level());
    }

    @Test
    void anEnhancedEarlyHelpOfferIsNotSuggestedWhenThereIsAnythingElse() {
        ThresholdGuidance three = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX)).build());
        ThresholdGuidance mixed = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL)).build());
        ThresholdGuidance withSection47 = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX))
                .addSection47Indicator(Section47Indicator.SERIOUS_NEGLECT).build());
        ThresholdGuidance failingPlan = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX))
                .earlyHelp(EarlyHelpStatus.REVIEWED_RISK_INCREASED).build());
        for (ThresholdGuidance g : List.of(three, mixed, withSection47, failingPlan)) {
            assertFalse(codes(g.considerations()).contains(GuidanceCode.ENHANCED_EARLY_HELP), g.toString());
        }
    }

    /**
     * "Refusal to give consent to share information or to engage with services should not be seen in
     * isolation as a reason to escalate concerns to the next level."
     */
    @Test
    void refusedConsentAloneNeverRaisesTheLevel() {
        ThresholdQuestion base = question().addIndicator(NeedIndicator.of(PARENTING_CAPACITY, UNIVERSAL)).build();
        ThresholdGuidance given = GUIDE.assess(ThresholdQuestion.builder(base).consent(ConsentStatus.GIVEN).build());
        ThresholdGuidance refused = GUIDE.assess(ThresholdQuestion.builder(base).consent(ConsentStatus.REFUSED).build());
        assertEquals(given.level(), refused.level());
        assertEquals(given.response(), refused.response());
        assertEquals(GuidanceCode.REFUSED_CONSENT_NOT_ESCALATION, refused.considerations().get(0).code());
        assertEquals("Information Sharing", refused.considerations().get(0).source().section());
    }

    /**
     * "If ... a family are not consenting to Early Help assistance ... conversations may need to focus on
     * whether statutory services are needed to keep a child safe from harm. ... you should have a
     * conversation with your line manager or designated safeguarding children lead".
     */
    @Test
    void refusedConsentWithUnmetAdditionalNeedsPromptsAConversationAboutStatutoryServices() {
        ThresholdGuidance g = GUIDE.assess(question().consent(ConsentStatus.REFUSED)
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertEquals(ADDITIONAL, g.level());
        assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, g.response());
        assertEquals(List.of(GuidanceCode.REFUSED_CONSENT_NOT_ESCALATION, GuidanceCode.REFUSED_CONSENT_UNMET_NEEDS,
                GuidanceCode.TALK_TO_LINE_MANAGER), codes(g.considerations()));
        assertTrue(g.considerations().get(1).text().contains("whether statutory services are needed"));
    }

    /**
     * "In the event where an EHAP has been reviewed and the child's needs are not being met or risk factors
     * have increased, seek consent from the parent / carer to consult with CADS to consider a children's
     * services response."
     */
    @Test
    void earlyHelpReviewedWithoutProgressStepsUpToAConsultationWithCads() {
        for (EarlyHelpStatus status : List.of(EarlyHelpStatus.REVIEWED_NEEDS_NOT_MET,
                EarlyHelpStatus.REVIEWED_RISK_INCREASED)) {
            ThresholdGuidance g = GUIDE.assess(question().earlyHelp(status)
                    .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
            assertEquals(Pathway.CADS_CONSULTATION, g.response());
            assertEquals(COMPLEX, g.level(), "a step up is to the next level along the continuum");
            assertTrue(codes(g.reasons()).contains(GuidanceCode.EARLY_HELP_STEP_UP));
            assertTrue(codes(g.considerations()).contains(GuidanceCode.EARLY_HELP_STEP_UP_CONSENT));
            assertTrue(g.considerations().get(0).text().contains("seek consent from the parent / carer"));
        }
        ThresholdGuidance progressing = GUIDE.assess(question().earlyHelp(EarlyHelpStatus.REVIEWED_NEEDS_MET)
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, progressing.response());
    }

    /** The same passage: once consent is given there is no consent to seek, so the step up does not ask for it. */
    @Test
    void aStepUpWithConsentGivenDoesNotAskToSeekConsent() {
        ThresholdGuidance g = GUIDE.assess(question().earlyHelp(EarlyHelpStatus.REVIEWED_NEEDS_NOT_MET)
                .consent(ConsentStatus.GIVEN).build());
        assertEquals(Pathway.CADS_CONSULTATION, g.response());
        assertFalse(codes(g.considerations()).contains(GuidanceCode.EARLY_HELP_STEP_UP_CONSENT));
        for (GuidanceStatement statement : g.reasons()) {
            assertFalse(statement.text().contains("seek consent"), statement.text());
        }
    }

    /**
     * "In the event where an EHAP has been reviewed and the child's needs are not being met ..." with no
     * indicator recorded: the failing plan steps up with its own reason, never beside "no indicators", and
     * "if a family are not consenting to Early Help assistance or if a Family Support Plan is not helping to
     * address the concerns, then conversations may need to focus on whether statutory services are needed"
     * (Using the Signs of Safety Framework).
     */
    @Test
    void aFailingPlanWithNoIndicatorsStepsUpWithItsOwnReasonAndStillPromptsTheStatutoryConversation() {
        ThresholdGuidance g = GUIDE.assess(question().earlyHelp(EarlyHelpStatus.REVIEWED_NEEDS_NOT_MET)
                .consent(ConsentStatus.REFUSED).build());
        assertEquals(COMPLEX, g.level());
        assertEquals(Pathway.CADS_CONSULTATION, g.response());
        assertEquals(List.of(GuidanceCode.EARLY_HELP_STEP_UP), codes(g.reasons()));
        assertTrue(codes(g.considerations()).contains(GuidanceCode.REFUSED_CONSENT_UNMET_NEEDS));
    }

    /**
     * "Support already being provided by an organisation to the child / family should continue until it's
     * clear that support is no longer required." (Determining the Level of Need or Urgency)
     */
    @Test
    void earlyHelpInPlaceIsNeverReadAsAStepDownToUniversalServices() {
        for (EarlyHelpStatus status : List.of(EarlyHelpStatus.IN_PLACE, EarlyHelpStatus.REVIEWED_NEEDS_MET)) {
            ThresholdGuidance g = GUIDE.assess(question().earlyHelp(status).build());
            assertEquals(ADDITIONAL, g.level(), status::toString);
            assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, g.response());
            assertEquals(List.of(GuidanceCode.EARLY_HELP_IN_PLACE), codes(g.reasons()));
            assertTrue(g.reasons().get(0).text().contains("should continue until it's clear that support is no"
                    + " longer required"));
        }
    }

    /**
     * "We have a local assessment tool, the Norfolk Graded Care Profile (NGCP) that is mandated for using
     * in cases where neglect is known or suspected." and "We know that the cumulative impact of neglect can
     * have serious implications ... including significant harm." (Norfolk Graded Care Profile)
     */
    @Test
    void knownOrSuspectedNeglectIsAConcernThatLeadsToAnAssessmentWithTheGradedCareProfile() {
        ThresholdGuidance g = GUIDE.assess(question().neglectKnownOrSuspected(true).build());
        assertEquals(ADDITIONAL, g.level());
        assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, g.response());
        assertEquals(List.of(GuidanceCode.GRADED_CARE_PROFILE), codes(g.reasons()));
        assertEquals("Norfolk Graded Care Profile", g.reasons().get(0).source().section());
        assertTrue(g.reasons().get(0).text().contains("mandated for using in cases where neglect is known or"
                + " suspected"));
        ThresholdGuidance complex = GUIDE.assess(question().neglectKnownOrSuspected(true)
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX)).build());
        assertEquals(COMPLEX, complex.level(), "neglect sets a floor, never a ceiling");
    }

    /**
     * "We need to recognise that neglect includes not being brought to appointments, repeated refusal of
     * services" (What do we mean by Continuum of Needs?): each basis recorded is a reason of its own.
     */
    @Test
    void eachBasisForSuspectedNeglectIsAReason() {
        ThresholdGuidance g = GUIDE.assess(question().neglectKnownOrSuspected(true)
                .addNeglectBases(NeglectBasis.NOT_BROUGHT_OR_REFUSED_PATTERN).build());
        assertEquals(List.of(GuidanceCode.GRADED_CARE_PROFILE, GuidanceCode.NEGLECT_BASIS), codes(g.reasons()));
        assertTrue(g.reasons().get(1).text().contains("not being brought to appointments"), g.reasons().get(1).text());
    }

    /** "Some children / cohorts of children with specific needs ... may be eligible for additional support". */
    @Test
    void eachCohortWithAdditionalNeedsIsAReasonAndAtLeastAdditionalNeed() {
        ThresholdGuidance g = GUIDE.assess(question().addCohort(AdditionalNeedsCohort.YOUNG_CARERS)
                .addCohort(AdditionalNeedsCohort.PRIVATELY_FOSTERED).build());
        assertEquals(List.of(GuidanceCode.ADDITIONAL_NEEDS_COHORT, GuidanceCode.ADDITIONAL_NEEDS_COHORT),
                codes(g.reasons()));
        assertTrue(g.reasons().get(0).text().startsWith("Children who are privately fostered: "));
        assertEquals(ADDITIONAL, g.level());
        assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, g.response());
    }

    /**
     * "While it is usually good practice to seek consent for making any referral, there are some exceptions
     * when it comes to protecting children. ... This includes making a child protection referral where a
     * delay in getting consent may mean the child or young person is put at further risk of harm."
     * (Information Sharing)
     */
    @Test
    void aChildProtectionCaseWithoutConsentNamesTheExceptionAndTheAdvisorAgrees() {
        for (ConsentStatus consent : List.of(ConsentStatus.REFUSED, ConsentStatus.NOT_SOUGHT)) {
            ThresholdQuestion q = question().consent(consent)
                    .addSection47Indicator(Section47Indicator.SERIOUS_NEGLECT).build();
            ThresholdGuidance g = GUIDE.assess(q);
            assertEquals(Pathway.SECTION_47_ENQUIRY, g.response());
            List<GuidanceCode> considerations = codes(g.considerations());
            assertTrue(considerations.contains(GuidanceCode.CHILD_PROTECTION_CONSENT_EXCEPTION), consent::toString);
            assertTrue(g.considerations().get(0).text().contains("This includes making a child protection referral"));
            assertEquals(consent == ConsentStatus.REFUSED,
                    considerations.contains(GuidanceCode.REFUSED_CONSENT_NOT_ESCALATION));

            SharingAdvice advice = InformationSharingAdvisor.norfolk2023().advise(q.sharingQuestion());
            assertEquals(SharingAction.SHARE_WITHOUT_CONSENT, advice.action());
            assertTrue(advice.reasons().stream().anyMatch(r -> r.code() == SharingAdviceCode.CHILD_PROTECTION_REFERRAL));
        }
        ThresholdGuidance given = GUIDE.assess(question().consent(ConsentStatus.GIVEN).immediateDanger(true).build());
        assertFalse(codes(given.considerations()).contains(GuidanceCode.CHILD_PROTECTION_CONSENT_EXCEPTION));
    }

    /**
     * "Practitioners should ... seek advice and guidance from their line manager and organisation's
     * safeguarding lead in the first instance"; CADS works "to the principle of 'never do nothing'".
     */
    @Test
    void everyGuidanceEndsWithTheLineManagerPromptAndHasAResponse() {
        ThresholdGuidance g = GUIDE.assess(question().immediateDanger(true).build());
        assertEquals(GuidanceCode.TALK_TO_LINE_MANAGER, g.considerations().get(g.considerations().size() - 1).code());
        assertEquals(GuidanceCode.PROFESSIONAL_JUDGEMENT, g.professionalJudgement().code());
        assertTrue(g.professionalJudgement().text().contains("not a decision"));
    }

    @Test
    void aNullQuestionIsRejected() {
        assertThrows(NullPointerException.class, () -> GUIDE.assess(null));
        assertThrows(NullPointerException.class, () -> ThresholdGuide.of(null));
    }

    /**
     * The shared-language table ("Language we may use to Describe Need") gives one response band for each
     * level, and the guide answers each level with that band's pathway: two public APIs, one answer.
     */
    @Test
    void theGuidesResponseForEachLevelIsThePathwayOfItsBandInTheSharedLanguageTable() {
        for (LevelOfNeed level : LevelOfNeed.values()) {
            assertEquals(level.responseBand().pathway(), GUIDE.profile().response(level), level::toString);
        }
        for (SharedLanguageTerm term : SharedLanguageTerm.values()) {
            assertEquals(term.responseBand().pathway(), GUIDE.profile().response(term.level()), term::term);
        }
        assertEquals(Pathway.CADS_CONSULTATION, GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, COMPLEX)).build()).response());
        assertEquals(ResponseBand.CADS, SharedLanguageTerm.of("Child in Need").responseBand());
    }

    @Test
    void theNorfolkGuideFollowsTheNorfolkProfile() {
        assertEquals("norfolk-2023", GUIDE.profile().id());
        assertEquals(ThresholdProfiles.norfolk2023(), GUIDE.profile());
        assertEquals("norfolk-2023", GUIDE.assess(question().build()).profileId());
    }
}
