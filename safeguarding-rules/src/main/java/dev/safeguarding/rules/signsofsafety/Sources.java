package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.SourcePassage;

/**
 * The passages the scaling rules rest on. (The passages of a map's completeness rules are the model's, with
 * the one check that serves these rules and the Bean Validation constraints alike.)
 */
final class Sources {

    static final String NORFOLK_CONTINUUM_OF_NEEDS_2023 = Titles.CONTINUUM_OF_NEEDS_2023;

    static final String NORFOLK_MULTI_AGENCY_FRAMEWORK = Titles.MULTI_AGENCY_FRAMEWORK;

    static final SourcePassage MANAGING_DISAGREEMENT =
            SourcePassage.of(NORFOLK_CONTINUUM_OF_NEEDS_2023, "Managing Challenge, Disagreement and Uncertainty");

    static final SourcePassage RESOLVING_PROFESSIONAL_DISAGREEMENTS =
            SourcePassage.of(NORFOLK_MULTI_AGENCY_FRAMEWORK, "5. Resolving Professional Disagreements");

    static final SourcePassage JOINT_AGENCY_GROUP_SUPERVISION =
            SourcePassage.of(NORFOLK_MULTI_AGENCY_FRAMEWORK, "4. Joint Agency Group Supervision");

    private Sources() {
    }
}
