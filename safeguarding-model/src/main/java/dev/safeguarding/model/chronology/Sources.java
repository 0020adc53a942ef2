package dev.safeguarding.model.chronology;

import dev.safeguarding.model.SourcePassage;

/** The documents this package quotes, as {@link SourcePassage}s; not API. */
final class Sources {

    /** The Somerset practitioner forum slides. */
    static final String SOMERSET = "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum:"
            + " Confident & Competent Multi-Agency Working with Children in Need (2017)";

    /** The Norfolk continuum of needs guidance. */
    static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    /** Ofsted's commentary on multi-agency safeguarding arrangements. */
    static final String OFSTED = "Ofsted, Social care commentary: multi-agency safeguarding arrangements";

    private Sources() {
    }

    static SourcePassage somerset(String section) {
        return SourcePassage.of(SOMERSET, section);
    }

    static SourcePassage continuum(String section) {
        return SourcePassage.of(CONTINUUM, section);
    }
}
