package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The change in a child's care between two graded care snapshots of one version of a profile: per area
 * improved, unchanged or deteriorated, and an {@linkplain #overall() overall summary}. The snapshot is
 * "an empirical baseline to measure the effectiveness of interventions and positive changes (or not)".
 *
 * <p>Areas graded in only one of the two snapshots are {@linkplain #areasNotCompared() not compared}.
 * Computed by {@code dev.safeguarding.rules.assessment.GradedCareProfiles.change}.
 *
 * <p>Bean Validation: no constraint. It is a result the rules module computes, not a record that is drafted
 * and completed.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile".
 */
@Value.Immutable
public abstract class GradedCareChange {

    /** The identifier of the child; not blank. */
    public abstract String childId();

    /** The identifier of the profile both snapshots used; not blank. */
    public abstract String profileId();

    /** The version of the profile both snapshots used; not blank. */
    public abstract String profileVersion();

    /** The date of the earlier snapshot. */
    public abstract LocalDate fromDate();

    /** The date of the later snapshot; not before {@link #fromDate()}. */
    public abstract LocalDate toDate();

    /** The change of each area graded in both snapshots, in the profile's order; at least one. */
    public abstract List<AreaChange> areas();

    /** The identifiers of areas graded in one snapshot only. */
    public abstract List<String> areasNotCompared();

    /** A builder; every attribute is required but the areas not compared. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GradedCareChange}. */
    public static final class Builder extends ImmutableGradedCareChange.Builder {
    }

    /**
     * The summary: {@code IMPROVED} if some areas improved and none deteriorated, {@code DETERIORATED} if
     * some deteriorated and none improved, {@code MIXED} if both, {@code UNCHANGED} if no area changed.
     */
    public ChangeDirection overall() {
        boolean improved = count(ChangeDirection.IMPROVED) > 0;
        boolean deteriorated = count(ChangeDirection.DETERIORATED) > 0;
        if (improved && deteriorated) {
            return ChangeDirection.MIXED;
        }
        return improved ? ChangeDirection.IMPROVED
                : deteriorated ? ChangeDirection.DETERIORATED : ChangeDirection.UNCHANGED;
    }

    /** The number of areas that moved in {@code direction}. */
    public int count(ChangeDirection direction) {
        return (int) areas().stream().filter(a -> a.direction() == direction).count();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("childId", childId(), "profileId", profileId(), "profileVersion", profileVersion(),
                "areasNotCompared", areasNotCompared());
        Checks.notBlank(childId(), "childId");
        Checks.notBlank(profileId(), "profileId");
        Checks.notBlank(profileVersion(), "profileVersion");
        Checks.require(!toDate().isBefore(fromDate()), "toDate", "must not be before fromDate");
        Checks.require(!areas().isEmpty(), "areas", "must compare at least one area");
        Set<String> ids = new HashSet<>();
        for (AreaChange area : areas()) {
            Checks.require(ids.add(area.areaId()), "areas", "must hold each area at most once");
        }
        for (String area : areasNotCompared()) {
            Checks.notBlank(area, "areasNotCompared");
            Checks.require(ids.add(area), "areasNotCompared", "must hold each area at most once, and no area compared");
        }
    }

    /** The child, the profile, the overall change and each area's; never the dates. */
    @Override
    public String toString() {
        return "GradedCareChange{child=" + childId() + ", profile=" + profileId() + " " + profileVersion()
                + ", overall=" + overall() + ", areas=" + areas() + ", notCompared=" + areasNotCompared() + "}";
    }
}
