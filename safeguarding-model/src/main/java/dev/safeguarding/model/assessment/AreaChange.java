package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.internal.SafeguardingStyle;
import org.immutables.value.Value;

/**
 * How the grade of one area of care changed between two graded care snapshots.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile".
 */
@Value.Immutable
@SafeguardingStyle
public abstract class AreaChange {

    /** The identifier of the area of care; not blank. */
    @Value.Parameter
    public abstract String areaId();

    /** The grade in the earlier snapshot, from 1. */
    @Value.Parameter
    public abstract int from();

    /** The grade in the later snapshot, from 1. */
    @Value.Parameter
    public abstract int to();

    /** The change of {@code areaId} from grade {@code from} to grade {@code to}. */
    public static AreaChange of(String areaId, int from, int to) {
        return ImmutableAreaChange.of(areaId, from, to);
    }

    /** Improved (the grade fell), unchanged or deteriorated (the grade rose); never {@code MIXED}. */
    public ChangeDirection direction() {
        return to() < from() ? ChangeDirection.IMPROVED
                : to() > from() ? ChangeDirection.DETERIORATED : ChangeDirection.UNCHANGED;
    }

    @Value.Check
    void check() {
        Checks.notBlank(areaId(), "areaId");
        Checks.require(from() >= 1, "from", "must be at least 1");
        Checks.require(to() >= 1, "to", "must be at least 1");
    }

    /** {@code physical-care 4 -> 2 IMPROVED}. */
    @Override
    public String toString() {
        return areaId() + " " + from() + " -> " + to() + " " + direction();
    }
}
