package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import org.immutables.value.Value;

/**
 * How the grade of one area of care changed between two graded care snapshots.
 *
 * <p>Bean Validation: no constraint. It is a result the rules module computes, not a record that is drafted
 * and completed.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile".
 */
@Value.Immutable
public abstract class AreaChange {

    /** The identifier of the area of care; not blank. */
    @Value.Parameter
    public abstract String areaId();

    /** The grade in the earlier snapshot, from 1. */
    @Value.Parameter
    public abstract int fromGrade();

    /** The grade in the later snapshot, from 1. */
    @Value.Parameter
    public abstract int toGrade();

    /** The change of {@code areaId} from grade {@code fromGrade} to grade {@code toGrade}. */
    public static AreaChange of(String areaId, int fromGrade, int toGrade) {
        return ImmutableAreaChange.of(areaId, fromGrade, toGrade);
    }

    /** Improved (the grade fell), unchanged or deteriorated (the grade rose); never {@code MIXED}. */
    public ChangeDirection direction() {
        return toGrade() < fromGrade() ? ChangeDirection.IMPROVED
                : toGrade() > fromGrade() ? ChangeDirection.DETERIORATED : ChangeDirection.UNCHANGED;
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("areaId", areaId());
        Checks.notBlank(areaId(), "areaId");
        Checks.require(fromGrade() >= 1, "fromGrade", "must be at least 1");
        Checks.require(toGrade() >= 1, "toGrade", "must be at least 1");
    }

    /** {@code physical-care 4 -> 2 IMPROVED}. */
    @Override
    public String toString() {
        return areaId() + " " + fromGrade() + " -> " + toGrade() + " " + direction();
    }
}
