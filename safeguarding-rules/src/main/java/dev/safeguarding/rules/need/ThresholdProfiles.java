package dev.safeguarding.rules.need;

import static dev.safeguarding.model.need.GuidanceStatement.DETAIL;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ThresholdProfile;

/**
 * The threshold profiles the library ships. Each is data: the numbers and the wording of a
 * partnership's threshold document, with every statement tied to the passage it rests on.
 */
public final class ThresholdProfiles {

    /** The document the Norfolk profile follows. */
    public static final String NORFOLK_CONTINUUM_OF_NEEDS_2023 =
            "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    private static final ThresholdProfile NORFOLK_2023 = buildNorfolk2023();

    private ThresholdProfiles() {
    }

    /**
     * The Norfolk Safeguarding Children Partnership's 2023 guidance: a combination is three or more
     * indicators at the highest level indicated across at least two triangle domains; one or two
     * indicators at the complex level, with nothing else, suggest an enhanced early-help offer; the
     * responses are universal services, an Early Help Assessment and Plan, and a consultation with the
     * Children's Advice and Duty Service for complex and acute need.
     *
     * <p>The numbers three and two are the library's reading of "a combination of lower level
     * indicators" and "one or two indicators of need appearing as a higher risk"; the guidance gives no
     * number for a combination. A partnership that reads it otherwise builds its own profile.
     */
    public static ThresholdProfile norfolk2023() {
        return NORFOLK_2023;
    }

    private static ThresholdProfile buildNorfolk2023() {
        return ThresholdProfile.builder()
                .id("norfolk-2023")
                .name("Norfolk Guidance to Understanding Continuum of Needs (2023)")
                .source(norfolk("Introduction"))
                .combinationMinimumIndicators(3)
                .combinationMinimumDomains(2)
                .enhancedEarlyHelpMaximumIndicators(2)
                .putResponse(LevelOfNeed.UNIVERSAL, Pathway.UNIVERSAL_SERVICES)
                .putResponse(LevelOfNeed.ADDITIONAL, Pathway.EARLY_HELP_ASSESSMENT_AND_PLAN)
                .putResponse(LevelOfNeed.COMPLEX, Pathway.CADS_CONSULTATION)
                .putResponse(LevelOfNeed.ACUTE, Pathway.CADS_CONSULTATION)
                .addStatement(statement(GuidanceCode.IMMEDIATE_DANGER, "Section 47 Duty to Investigate",
                        "There are immediate concerns for the child's safety: call 999 for an emergency response."))
                .addStatement(statement(GuidanceCode.SECTION_47_INDICATOR,
                        "Section 47, Children Act 1989: Child Protection enquiries",
                        "Section 47 indicator: " + DETAIL + " This is the type of circumstance which would lead"
                                + " to a S47 assessment: consult the Children's Advice and Duty Service."))
                .addStatement(statement(GuidanceCode.HIGHEST_INDICATED_LEVEL,
                        "Determining the Level of Need or Urgency",
                        "The highest level of need the recorded indicators point to is " + DETAIL + "."))
                .addStatement(statement(GuidanceCode.NO_INDICATORS, "Pathways to Support and Early Help",
                        "No indicator of need is recorded. Most children reach their full potential through the"
                                + " care of their families and communities, supported by universal services."))
                .addStatement(statement(GuidanceCode.EARLY_HELP_STEP_UP,
                        "Undertaking an Early Help Assessment & Plan (EHAP)",
                        "The Early Help Assessment and Plan has been reviewed and the child's needs are not being"
                                + " met or risk factors have increased: seek consent from the parent / carer to"
                                + " consult with CADS to consider a children's services response."))
                .addStatement(statement(GuidanceCode.COMBINATION_OF_INDICATORS,
                        "Determining the Level of Need or Urgency",
                        "There is a combination of lower level indicators (" + DETAIL + "): the risk might be"
                                + " heightened overall and need to be considered for further interventions."))
                .addStatement(statement(GuidanceCode.ENHANCED_EARLY_HELP, "Determining the Level of Need or Urgency",
                        "One or two indicators of need appearing as a higher risk does not necessarily mean that"
                                + " the best response is one from a statutory service. An enhanced early help offer"
                                + " may meet the need more effectively."))
                .addStatement(statement(GuidanceCode.REFUSED_CONSENT_NOT_ESCALATION, "Information Sharing",
                        "Refusal to give consent to share information or to engage with services should not be"
                                + " seen in isolation as a reason to escalate concerns to the next level. This is"
                                + " more likely to alienate the family than secure cooperation."))
                .addStatement(statement(GuidanceCode.REFUSED_CONSENT_UNMET_NEEDS,
                        "Using the Signs of Safety Framework",
                        "The family are not consenting to Early Help and the child's needs are unmet: have a"
                                + " conversation with your line manager or designated safeguarding children lead"
                                + " about whether statutory services are needed to keep the child safe from harm,"
                                + " and agree what else needs to happen to meet the child's needs."))
                .addStatement(statement(GuidanceCode.GRADED_CARE_PROFILE, "Norfolk Graded Care Profile",
                        "Neglect is known or suspected: the Norfolk Graded Care Profile (NGCP) is mandated for use"
                                + " in cases where neglect is known or suspected."))
                .addStatement(statement(GuidanceCode.ADDITIONAL_NEEDS_COHORT, "Consideration of Additional Needs",
                        DETAIL + ": children with specific needs may require statutory intervention and / or may"
                                + " be eligible for additional support and / or entitled to an assessment."))
                .addStatement(statement(GuidanceCode.TALK_TO_LINE_MANAGER, "Determining the Level of Need or Urgency",
                        "Seek advice and guidance from your line manager and your organisation's safeguarding lead"
                                + " in the first instance regarding assessing the level of need of the child you"
                                + " are worried about."))
                .addStatement(statement(GuidanceCode.PROFESSIONAL_JUDGEMENT, "Introduction",
                        "This is advice to support professional judgement, not a decision. The guidance is not a"
                                + " check list of concerns, but a way of supporting consistent and clear responses"
                                + " to children's safeguarding and wellbeing."))
                .build();
    }

    private static GuidanceStatement statement(GuidanceCode code, String section, String text) {
        return GuidanceStatement.of(code, text, norfolk(section));
    }

    private static SourcePassage norfolk(String section) {
        return SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, section);
    }
}
