package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A completed graded care profile: a 'snapshot' in time of the care a child receives, each area of care
 * graded on the profile's scale, with its evidence. Two snapshots of one version of a profile measure
 * change ("an empirical baseline to measure the effectiveness of interventions and positive changes (or
 * not) in the child and family's circumstances").
 *
 * <p>The snapshot names its profile by identifier and version; whether every area is graded and every
 * grade is on the scale is checked against the profile by the rules. A draft may grade some areas only.
 *
 * <p>Bean Validation: no constraint. Whether a snapshot is complete (every area graded, on the scale, with
 * evidence, fact beside opinion) depends on the graded care profile it was taken on, which it names but
 * does not hold, so the rules module checks it ({@code GradedCareProfiles.check(snapshot, profile)}); the
 * seeds set no rule for a snapshot on its own.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile".
 */
@Value.Immutable
public abstract class GradedCareSnapshot {

    /** The identifier of the child whose care is graded; not blank. */
    public abstract String childId();

    /** The identifier of the {@link GradedCareProfile} used; not blank. */
    public abstract String profileId();

    /** The version of the profile used; not blank. */
    public abstract String profileVersion();

    /** The date of the snapshot. */
    public abstract LocalDate date();

    /** The grade of each area graded, at most one per area. */
    public abstract List<AreaGrade> grades();

    /** A builder; every attribute is required but the grades, which may be empty in a draft. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for a snapshot on {@code profile}, for {@code childId} on {@code date}. */
    public static Builder builder(GradedCareProfile profile, String childId, LocalDate date) {
        Builder builder = new Builder();
        builder.profileId(profile.id()).profileVersion(profile.version()).childId(childId).date(date);
        return builder;
    }

    /** Builds a {@link GradedCareSnapshot}. */
    public static final class Builder extends ImmutableGradedCareSnapshot.Builder {
    }

    /** The grade of the area {@code areaId}, if graded. */
    public Optional<AreaGrade> grade(String areaId) {
        return grades().stream().filter(g -> g.areaId().equals(areaId)).findFirst();
    }

    /** Whether the snapshot was taken on {@code profile} (its identifier and version). */
    public boolean isOf(GradedCareProfile profile) {
        return profileId().equals(profile.id()) && profileVersion().equals(profile.version());
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("childId", childId(), "profileId", profileId(), "profileVersion", profileVersion());
        Checks.notBlank(childId(), "childId");
        Checks.notBlank(profileId(), "profileId");
        Checks.notBlank(profileVersion(), "profileVersion");
        Set<String> areas = new HashSet<>();
        for (AreaGrade grade : grades()) {
            Checks.require(areas.add(grade.areaId()), "grades", "must grade each area at most once");
        }
    }

    /** The child's identifier, the profile and the grades; never the date or the evidence's text. */
    @Override
    public String toString() {
        return "GradedCareSnapshot{child=" + childId() + ", profile=" + profileId() + " " + profileVersion()
                + ", grades=" + grades() + "}";
    }
}
