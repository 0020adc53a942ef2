package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import org.immutables.value.Value;

/**
 * What one grade of a {@link GradedCareProfile}'s scale means, in the profile's own words, for example
 * for grade 1 of the Graded Care Profile 2 "the child's needs met, child-centred".
 *
 * <p>Bean Validation: no constraint. It is part of a partnership's profile, data rather than a record with
 * stages; the seeds set it no completeness rule, and the builder refuses what makes no sense.
 *
 * <p>Source: the library's notes ({@code docs/practice-frameworks.md}), "Graded care profile (neglect)".
 */
@Value.Immutable
public abstract class GradeDescription {

    /** The grade, from 1 (the best care). */
    @Value.Parameter
    public abstract int grade();

    /** What the grade means; not blank. */
    @Value.Parameter
    public abstract String description();

    /** The description of {@code grade}. */
    public static GradeDescription of(int grade, String description) {
        return ImmutableGradeDescription.of(grade, description);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("description", description());
        Checks.require(grade() >= 1, "grade", "must be at least 1");
        Checks.notBlank(description(), "description");
    }
}
