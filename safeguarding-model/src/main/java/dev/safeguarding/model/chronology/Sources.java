package dev.safeguarding.model.chronology;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;

/** The documents this package quotes, as {@link SourcePassage}s; not API. */
final class Sources {

    /** The Somerset practitioner forum slides. */
    static final String SOMERSET = Titles.SOMERSET_PRACTITIONER_FORUM_2017;

    /** The Norfolk continuum of needs guidance. */
    static final String CONTINUUM = Titles.CONTINUUM_OF_NEEDS_2023;

    /** Ofsted's commentary on multi-agency safeguarding arrangements. */
    static final String OFSTED = Titles.OFSTED_MULTI_AGENCY_COMMENTARY;

    private Sources() {
    }

    static SourcePassage somerset(String section) {
        return SourcePassage.of(SOMERSET, section);
    }

    static SourcePassage continuum(String section) {
        return SourcePassage.of(CONTINUUM, section);
    }
}
