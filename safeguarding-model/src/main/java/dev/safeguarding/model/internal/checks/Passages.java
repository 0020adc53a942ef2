package dev.safeguarding.model.internal.checks;

import dev.safeguarding.model.SourcePassage;

/**
 * The documents and passages the shared checks cite, each spelled once in the model: the Bean Validation
 * constraints' {@code Documents} refer to these constants, so a finding from the rules and a violation of
 * a constraint name the same passage.
 */
public final class Passages {

    /** NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023). */
    public static final String CONTINUUM_OF_NEEDS_2023 = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    /** The Somerset practitioner forum slides (2017). */
    public static final String SOMERSET_2017 =
            "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum: Confident & Competent"
                    + " Multi-Agency Working with Children in Need (2017)";

    /**
     * Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn Babies</i>
     * (September 2016), as extracted in the Somerset practitioner forum (2017).
     */
    public static final String PRE_BIRTH_PROTOCOL_2016 = "Somerset Safeguarding Children Board, Multi-agency"
            + " Pre-birth Protocol to Safeguard Unborn Babies (September 2016)";

    /** NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>. */
    public static final String MULTI_AGENCY_FRAMEWORK =
            "NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk";

    /** NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022). */
    public static final String JOINT_SUPERVISION_PROCEDURE =
            "NSCP 3.16, Joint Agency Group Supervision Procedure (November 2022)";

    /** "The Assessment Triangle". */
    static final SourcePassage ASSESSMENT_TRIANGLE = continuum("The Assessment Triangle");

    /** "Determining the Level of Need or Urgency" ("fact is distinguished from opinion"). */
    static final SourcePassage LEVEL_OF_NEED = continuum("Determining the Level of Need or Urgency");

    /** "Whole Family Working" (fathers). */
    static final SourcePassage WHOLE_FAMILY_WORKING = continuum("Whole Family Working");

    /** "Conversation Opportunities" ("Think about unborn babies"). */
    static final SourcePassage CONVERSATION_OPPORTUNITIES = continuum("Conversation Opportunities");

    /** The Somerset slides, "Capturing a baby's perspective". */
    static final SourcePassage BABYS_PERSPECTIVE = SourcePassage.of(SOMERSET_2017, "Capturing a baby's perspective");

    /** The Somerset slides, "Case Note Recordings" (the four headings of a case note). */
    static final SourcePassage CASE_NOTE_RECORDINGS = SourcePassage.of(SOMERSET_2017, "Case Note Recordings");

    /** The pre-birth protocol, "Extracts from Multi-Agency Pre-Birth Protocol". */
    static final SourcePassage PRE_BIRTH_PROTOCOL =
            SourcePassage.of(PRE_BIRTH_PROTOCOL_2016, "Extracts from Multi-Agency Pre-Birth Protocol");

    /** "Using the Signs of Safety Framework" (the four questions, the scaling question). */
    static final SourcePassage USING_SIGNS_OF_SAFETY = continuum("Using the Signs of Safety Framework");

    /** "Information Sharing" (the golden rules; consent). */
    static final SourcePassage INFORMATION_SHARING = continuum("Information Sharing");

    /** "Gaining Consent and Working on a Voluntary Basis with a Family" (Gillick competence, Fraser Guidelines). */
    static final SourcePassage GAINING_CONSENT =
            continuum("Gaining Consent and Working on a Voluntary Basis with a Family");

    /** "The Children's Advice &amp; Duty Service". */
    static final SourcePassage CADS = continuum("The Children's Advice & Duty Service");

    /** "Recording what we do and the decisions we take". */
    static final SourcePassage RECORDING = continuum("Recording what we do and the decisions we take");

    /** "Managing Challenge, Disagreement and Uncertainty". */
    static final SourcePassage MANAGING_DISAGREEMENT = continuum("Managing Challenge, Disagreement and Uncertainty");

    /** NSCP 3.16, section 2 (immediate risk of harm; "nothing about us, without us"). */
    static final SourcePassage JOINT_SUPERVISION_PROCEDURE_2 =
            SourcePassage.of(JOINT_SUPERVISION_PROCEDURE, "2. Purpose of the Joint Agency Group Supervision");

    /** NSCP 3.16, section 3 (thinking points shared with the child, parents and carers). */
    static final SourcePassage JOINT_SUPERVISION_PROCEDURE_3 =
            SourcePassage.of(JOINT_SUPERVISION_PROCEDURE, "3. Principles");

    /** NSCP 3.15, section 2 (planning meetings). */
    static final SourcePassage FRAMEWORK_JOINT_ASSESSMENTS =
            SourcePassage.of(MULTI_AGENCY_FRAMEWORK, "2. Joint Assessments and everyday collaborative working");

    /** NSCP 3.16, section 4. */
    static final SourcePassage JOINT_SUPERVISION_PROCEDURE_4 =
            SourcePassage.of(JOINT_SUPERVISION_PROCEDURE, "4. Joint Agency Group Supervision Procedure");

    /** NSCP 3.15, section 4 (participants told of disclosure). */
    static final SourcePassage FRAMEWORK_JOINT_SUPERVISION =
            SourcePassage.of(MULTI_AGENCY_FRAMEWORK, "4. Joint Agency Group Supervision");

    /** NSCP 3.15, section 5: the Norfolk escalation protocol's source. */
    public static final SourcePassage FRAMEWORK_DISAGREEMENTS =
            SourcePassage.of(MULTI_AGENCY_FRAMEWORK, "5. Resolving Professional Disagreements");

    private Passages() {
    }

    private static SourcePassage continuum(String section) {
        return SourcePassage.of(CONTINUUM_OF_NEEDS_2023, section);
    }
}
