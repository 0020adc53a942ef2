package dev.safeguarding.rules.need;

import static dev.safeguarding.model.assessment.AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS;
import static dev.safeguarding.model.assessment.AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS;
import static dev.safeguarding.model.assessment.AssessmentDomain.PARENTING_CAPACITY;
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
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.sharing.ConsentStatus;
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
    void threeIndicatorsAtTheHighestLevelAcrossTwoDomainsAreACombinationToWeigh() {
        ThresholdGuidance g = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(FAMILY_AND_ENVIRONMENTAL_FACTORS, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, UNIVERSAL)).build());
        assertEquals(ADDITIONAL, g.level(), "a combination is weighed by the practitioner, never raised by the guide");
        GuidanceStatement combination = g.considerations().get(0);
        assertEquals(GuidanceCode.COMBINATION_OF_INDICATORS, combination.code());
        assertTrue(combination.text().contains("3 indicators at Additional Need across 2 domains"), combination.text());
        assertTrue(combination.text().contains("consider the next level, Complex"), combination.text());
    }

    @Test
    void threeIndicatorsInOneDomainOrTwoAcrossDomainsAreNotACombination() {
        ThresholdGuidance oneDomain = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL))
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL)).build());
        ThresholdGuidance two = GUIDE.assess(question()
                .addIndicator(NeedIndicator.of(PARENTING_CAPACITY, ADDITIONAL))
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertFalse(codes(oneDomain.considerations()).contains(GuidanceCode.COMBINATION_OF_INDICATORS));
        assertFalse(codes(two.considerations()).contains(GuidanceCode.COMBINATION_OF_INDICATORS));
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
        for (ThresholdGuidance g : List.of(three, mixed, withSection47)) {
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
            assertTrue(codes(g.reasons()).contains(GuidanceCode.EARLY_HELP_STEP_UP));
            assertTrue(g.reasons().get(g.reasons().size() - 1).text().contains("seek consent from the parent / carer"));
        }
        ThresholdGuidance progressing = GUIDE.assess(question().earlyHelp(EarlyHelpStatus.REVIEWED_NEEDS_MET)
                .addIndicator(NeedIndicator.of(CHILDS_DEVELOPMENTAL_NEEDS, ADDITIONAL)).build());
        assertEquals(Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN, progressing.response());
    }

    /**
     * "We have a local assessment tool, the Norfolk Graded Care Profile (NGCP) that is mandated for using
     * in cases where neglect is known or suspected."
     */
    @Test
    void knownOrSuspectedNeglectCallsForTheGradedCareProfile() {
        ThresholdGuidance g = GUIDE.assess(question().neglectKnownOrSuspected(true).build());
        assertEquals(List.of(GuidanceCode.GRADED_CARE_PROFILE, GuidanceCode.TALK_TO_LINE_MANAGER),
                codes(g.considerations()));
        assertEquals("Norfolk Graded Care Profile", g.considerations().get(0).source().section());
    }

    /** "Some children / cohorts of children with specific needs ... may be eligible for additional support". */
    @Test
    void eachCohortWithAdditionalNeedsIsAConsideration() {
        ThresholdGuidance g = GUIDE.assess(question().addCohort(AdditionalNeedsCohort.YOUNG_CARERS)
                .addCohort(AdditionalNeedsCohort.PRIVATELY_FOSTERED).build());
        assertEquals(List.of(GuidanceCode.ADDITIONAL_NEEDS_COHORT, GuidanceCode.ADDITIONAL_NEEDS_COHORT,
                GuidanceCode.TALK_TO_LINE_MANAGER), codes(g.considerations()));
        assertTrue(g.considerations().get(0).text().startsWith("Children who are privately fostered: "));
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

    @Test
    void theNorfolkGuideFollowsTheNorfolkProfile() {
        assertEquals("norfolk-2023", GUIDE.profile().id());
        assertEquals(ThresholdProfiles.norfolk2023(), GUIDE.profile());
        assertEquals("norfolk-2023", GUIDE.assess(question().build()).profileId());
    }
}
