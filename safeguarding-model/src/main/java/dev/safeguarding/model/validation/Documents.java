package dev.safeguarding.model.validation;

import dev.safeguarding.model.internal.checks.Passages;

/**
 * The documents the library's constraints cite, as {@code SourcePassage} cites them: each spelled once in
 * the model, in the checks the constraints share with the rules module, so a violation and a finding name
 * the same document.
 */
final class Documents {

    /** NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023). */
    static final String CONTINUUM_OF_NEEDS_2023 = Passages.CONTINUUM_OF_NEEDS_2023;

    /**
     * Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp; Competent
     * Multi-Agency Working with Children in Need</i> (2017).
     */
    static final String SOMERSET_2017 = Passages.SOMERSET_2017;

    /**
     * Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn Babies</i>
     * (September 2016).
     */
    static final String PRE_BIRTH_PROTOCOL_2016 = Passages.PRE_BIRTH_PROTOCOL_2016;

    /** NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>. */
    static final String MULTI_AGENCY_FRAMEWORK = Passages.MULTI_AGENCY_FRAMEWORK;

    /** NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022). */
    static final String JOINT_SUPERVISION_PROCEDURE = Passages.JOINT_SUPERVISION_PROCEDURE;

    private Documents() {
    }
}
