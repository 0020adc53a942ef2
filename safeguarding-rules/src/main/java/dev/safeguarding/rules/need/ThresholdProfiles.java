package dev.safeguarding.rules.need;

import static dev.safeguarding.model.need.GuidanceStatement.DETAIL;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ThresholdProfile;
import java.util.EnumMap;
import java.util.Map;

/**
 * The threshold profiles the library ships. Each is data: the numbers and the wording of a
 * partnership's threshold document, with every statement tied to the passage it rests on.
 */
public final class ThresholdProfiles {

    /** The document the Norfolk profile follows. */
    public static final String NORFOLK_CONTINUUM_OF_NEEDS_2023 = Titles.CONTINUUM_OF_NEEDS_2023;

    private static final ThresholdProfile NORFOLK_2023 = buildNorfolk2023();

    private ThresholdProfiles() {
    }

    /**
     * The Norfolk Safeguarding Children Partnership's 2023 guidance: a combination is three or more
     * lower level indicators (every indicator recorded, below the acute level), in any number of triangle
     * domains (one is enough: the guidance speaks of "a combination of lower level indicators" and names no
     * spread); one or two indicators at the complex level, with nothing else, suggest an enhanced
     * early-help offer; the response for each level is the pathway of its band in the shared-language
     * table ({@code LevelOfNeed.responseBand().pathway()}): universal services, an Early Help Assessment and
     * Plan, and a consultation with the Children's Advice and Duty Service for complex and acute need.
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
                .combinationMinimumDomains(1)
                .enhancedEarlyHelpMaximumIndicators(2)
                .putAllResponses(responsesOfTheSharedLanguageTable())
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
                                + " met or risk factors have increased: consult with CADS to consider a children's"
                                + " services response."))
                .addStatement(statement(GuidanceCode.EARLY_HELP_STEP_UP_CONSENT,
                        "Undertaking an Early Help Assessment & Plan (EHAP)",
                        "Consent has not been sought: in the event where an EHAP has been reviewed and the child's"
                                + " needs are not being met or risk factors have increased, seek consent from the"
                                + " parent / carer to consult with CADS to consider a children's services response."))
                .addStatement(statement(GuidanceCode.EARLY_HELP_IN_PLACE, "Determining the Level of Need or Urgency",
                        "Early help is in place: support already being provided by an organisation to the child /"
                                + " family should continue until it's clear that support is no longer required."
                                + " All members of the family must be informed of changes made, i.e. the inclusion"
                                + " or withdrawal of a service."))
                .addStatement(statement(GuidanceCode.CHILD_PROTECTION_CONSENT_EXCEPTION, "Information Sharing",
                        "While it is usually good practice to seek consent for making any referral, there are"
                                + " some exceptions when it comes to protecting children: if having a conversation"
                                + " with the family would place the child, or another child, or someone else, or"
                                + " you the referrer, at increased risk of suffering harm you do not need consent."
                                + " This includes making a child protection referral where a delay in getting"
                                + " consent may mean the child or young person is put at further risk of harm."))
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
                        "Neglect is known or suspected: the Norfolk Graded Care Profile (NGCP) is mandated for using"
                                + " in cases where neglect is known or suspected. The cumulative impact of neglect can"
                                + " have serious implications on the short, medium and longer term outcomes for"
                                + " children and young people, including significant harm: assess, with the NGCP,"
                                + " at least within an Early Help Assessment and Plan."))
                .addStatement(statement(GuidanceCode.NEGLECT_BASIS, "What do we mean by Continuum of Needs?",
                        "Neglect is suspected on this basis: " + DETAIL + ". Recognise the long term and"
                                + " cumulative impact of neglect and non-cooperation of care givers as possible"
                                + " evidence of neglect."))
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

    /** Each level's response: the pathway of its band in the shared-language table. */
    private static Map<LevelOfNeed, Pathway> responsesOfTheSharedLanguageTable() {
        Map<LevelOfNeed, Pathway> responses = new EnumMap<>(LevelOfNeed.class);
        for (LevelOfNeed level : LevelOfNeed.values()) {
            responses.put(level, level.responseBand().pathway());
        }
        return responses;
    }

    private static GuidanceStatement statement(GuidanceCode code, String section, String text) {
        return GuidanceStatement.of(code, text, norfolk(section));
    }

    private static SourcePassage norfolk(String section) {
        return SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, section);
    }
}
