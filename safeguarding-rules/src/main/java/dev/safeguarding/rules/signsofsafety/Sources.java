package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.SourcePassage;

/** The passages the Signs of Safety rules rest on. */
final class Sources {

    static final String NORFOLK_CONTINUUM_OF_NEEDS_2023 =
            "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    static final String NORFOLK_MULTI_AGENCY_FRAMEWORK =
            "NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk";

    static final String SOMERSET_PRACTITIONER_FORUM =
            "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum (July 2017)";

    static final SourcePassage USING_SIGNS_OF_SAFETY =
            SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, "Using the Signs of Safety Framework");

    static final SourcePassage RECORDING =
            SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, "Recording what we do and the decisions we take");

    static final SourcePassage MANAGING_DISAGREEMENT =
            SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, "Managing Challenge, Disagreement and Uncertainty");

    static final SourcePassage RESOLVING_PROFESSIONAL_DISAGREEMENTS =
            SourcePassage.of(NORFOLK_MULTI_AGENCY_FRAMEWORK, "5. Resolving Professional Disagreements");

    static final SourcePassage JOINT_AGENCY_GROUP_SUPERVISION =
            SourcePassage.of(NORFOLK_MULTI_AGENCY_FRAMEWORK, "4. Joint Agency Group Supervision");

    static final SourcePassage SAFETY_PLAN_FORMAT =
            SourcePassage.of(SOMERSET_PRACTITIONER_FORUM, "Format of Safety Plan");

    private Sources() {
    }
}
