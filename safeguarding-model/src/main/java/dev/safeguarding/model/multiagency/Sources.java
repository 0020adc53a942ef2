package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;

/** The documents this package quotes, as {@link SourcePassage}s; not API. */
final class Sources {

    /** The Norfolk framework the four levels and the four stages come from. */
    static final String FRAMEWORK = Titles.MULTI_AGENCY_FRAMEWORK;

    /** The Norfolk procedure for joint agency group supervision. */
    static final String JOINT_SUPERVISION = Titles.JOINT_SUPERVISION_PROCEDURE_2022;

    /** The Norfolk continuum of needs guidance. */
    static final String CONTINUUM = Titles.CONTINUUM_OF_NEEDS_2023;

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
