package dev.safeguarding.rules.assessment;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.rules.need.ThresholdProfiles;

/**
 * The passages the graded care rules rest on. (The passages of an assessment's completeness rules are the
 * model's, with the one check that serves these rules and the Bean Validation constraints alike.)
 */
final class Sources {

    static final SourcePassage LEVEL_OF_NEED = norfolk("Determining the Level of Need or Urgency");
    static final SourcePassage GRADED_CARE_PROFILE = norfolk("Norfolk Graded Care Profile");

    private Sources() {
    }

    static SourcePassage norfolk(String section) {
        return SourcePassage.of(ThresholdProfiles.NORFOLK_CONTINUUM_OF_NEEDS_2023, section);
    }
}
