package dev.safeguarding.rules.assessment;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.rules.need.ThresholdProfiles;

/** The passages the assessment rules rest on. */
final class Sources {

    /** The Somerset practitioner forum slides. */
    static final String SOMERSET_2017 =
            "Somerset Safeguarding Children Board, Multi-Agency Practitioner Forum: Confident & Competent"
                    + " Multi-Agency Working with Children in Need (2017)";

    static final SourcePassage ASSESSMENT_TRIANGLE = norfolk("The Assessment Triangle");
    static final SourcePassage LEVEL_OF_NEED = norfolk("Determining the Level of Need or Urgency");
    static final SourcePassage WHOLE_FAMILY_WORKING = norfolk("Whole Family Working");
    static final SourcePassage CONVERSATION_OPPORTUNITIES = norfolk("Conversation Opportunities");
    static final SourcePassage GRADED_CARE_PROFILE = norfolk("Norfolk Graded Care Profile");
    static final SourcePassage BABYS_PERSPECTIVE = SourcePassage.of(SOMERSET_2017, "Capturing a baby's perspective");

    private Sources() {
    }

    static SourcePassage norfolk(String section) {
        return SourcePassage.of(ThresholdProfiles.NORFOLK_CONTINUUM_OF_NEEDS_2023, section);
    }
}
