package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The grade of one area of care in a {@link GradedCareSnapshot}, with the evidence for it (each piece
 * marked as fact or opinion, with who it came from and when). Whether the grade is on the profile's
 * scale is checked against the profile ({@code dev.safeguarding.rules.assessment.GradedCareProfiles}).
 *
 * <p>Bean Validation: no constraint. It is part of a {@link GradedCareSnapshot}, checked against its
 * profile by the rules module.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile"; the library's notes ({@code docs/practice-frameworks.md}), "Graded care profile (neglect)".
 */
@Value.Immutable
public abstract class AreaGrade {

    /** The identifier of the area of care, as the profile names it; not blank. */
    @Value.Parameter
    public abstract String areaId();

    /** The grade, from 1 (the best care). */
    @Value.Parameter
    public abstract int grade();

    /** The evidence for the grade, in the order recorded; may be empty in a draft. */
    @Value.Parameter
    public abstract List<AssessmentStatement> evidence();

    /** A grade with no evidence recorded yet. */
    public static AreaGrade of(String areaId, int grade) {
        return ImmutableAreaGrade.of(areaId, grade, List.of());
    }

    /** A grade with its evidence. */
    public static AreaGrade of(String areaId, int grade, List<AssessmentStatement> evidence) {
        return ImmutableAreaGrade.of(areaId, grade, evidence);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("areaId", areaId());
        Checks.notBlank(areaId(), "areaId");
        Checks.require(grade() >= 1, "grade", "must be at least 1");
    }

    /** The area, the grade and the shape of the evidence; never its text. */
    @Override
    public String toString() {
        return "AreaGrade{" + areaId() + "=" + grade() + ", evidence=" + evidence() + "}";
    }
}
