package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.SourcePassage;

/** The documents this package quotes, as {@link SourcePassage}s; not API. */
final class Sources {

    /** The Norfolk framework the four levels and the four stages come from. */
    static final String FRAMEWORK = "NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk";

    /** The Norfolk procedure for joint agency group supervision. */
    static final String JOINT_SUPERVISION = "NSCP 3.16, Joint Agency Group Supervision Procedure (November 2022)";

    /** The Norfolk continuum of needs guidance. */
    static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    private Sources() {
    }

    static SourcePassage framework(String section) {
        return SourcePassage.of(FRAMEWORK, section);
    }

    static SourcePassage jointSupervision(String section) {
        return SourcePassage.of(JOINT_SUPERVISION, section);
    }

    static SourcePassage continuum(String section) {
        return SourcePassage.of(CONTINUUM, section);
    }
}
