package dev.safeguarding.model.assessment;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.internal.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A graded care profile as a tool: its areas of care and its scale, as data, so that a partnership's
 * variant (the Norfolk Graded Care Profile) is loaded rather than coded. A completed profile is a
 * {@link GradedCareSnapshot}: the grade of each area on a date, with its evidence.
 *
 * <p>"We have a local assessment tool, the Norfolk Graded Care Profile (NGCP) that is mandated for using
 * in cases where neglect is known or suspected. The NGCP allows professionals to take a 'snapshot' in time
 * and use this as an empirical baseline to measure the effectiveness of interventions and positive changes
 * (or not) in the child and family's circumstances."
 *
 * <ul>
 *   <li>The scale runs from 1, the best care (the child's needs met, child-centred), to
 *       {@link #worstGrade()} (5 in the NSPCC's Graded Care Profile 2), the worst;</li>
 *   <li>an area graded at {@link #neglectFromGrade()} or worse is read as showing neglect, so the
 *       threshold question's neglect flag is set; the grade is the partnership's (or, for a profile the
 *       library ships, the library's documented reading), never a fact of the guidance;</li>
 *   <li>{@link #grades()} describes such grades as the profile's version words them; it may leave grades
 *       undescribed.</li>
 * </ul>
 *
 * <p>Bean Validation: no constraint. A profile is a partnership's data rather than a record with stages;
 * the seeds set it no completeness rule, and the builder refuses what makes no sense.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile"; the library's notes ({@code docs/practice-frameworks.md}), "Graded care profile (neglect)".
 */
@Value.Immutable
public abstract class GradedCareProfile {

    /** A stable identifier of the profile, for example {@code nspcc-gcp2-structure}; not blank. */
    public abstract String id();

    /** The profile's version; snapshots of different versions are not compared. Not blank. */
    public abstract String version();

    /** The profile's name, for display; not blank. */
    public abstract String name();

    /** Where the profile's structure comes from. */
    public abstract SourcePassage source();

    /** The areas of care, in the profile's order; at least one, identifiers unique. */
    public abstract List<CareArea> areas();

    /** The worst grade of the scale (the best is always 1); 2 to 10, by default 5. */
    @Value.Default
    public int worstGrade() {
        return 5;
    }

    /** The best grade at which an area is read as showing neglect; 2 to {@link #worstGrade()}. */
    public abstract int neglectFromGrade();

    /** What the grades mean, as far as the profile's version says; each grade at most once. */
    public abstract List<GradeDescription> grades();

    /** A builder; every attribute but the worst grade (5) and the grade descriptions is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GradedCareProfile}. */
    public static final class Builder extends ImmutableGradedCareProfile.Builder {
    }

    /** The area with identifier {@code id}, if any. */
    public Optional<CareArea> area(String id) {
        return areas().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whether {@code grade} is on the scale, 1 to {@link #worstGrade()}. */
    public boolean isOnScale(int grade) {
        return grade >= 1 && grade <= worstGrade();
    }

    /** Whether {@code grade} is read as showing neglect: on the scale and {@link #neglectFromGrade()} or worse. */
    public boolean showsNeglect(int grade) {
        return isOnScale(grade) && grade >= neglectFromGrade();
    }

    /** What {@code grade} means, if the profile says. */
    public Optional<String> describe(int grade) {
        return grades().stream().filter(g -> g.grade() == grade).map(GradeDescription::description).findFirst();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "version", version(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.notBlank(version(), "version");
        Checks.notBlank(name(), "name");
        Checks.require(!areas().isEmpty(), "areas", "must hold at least one area");
        Set<String> ids = new HashSet<>();
        for (CareArea area : areas()) {
            Checks.require(ids.add(area.id()), "areas", "must not hold two areas with one id");
        }
        Checks.inRange(worstGrade(), 2, 10, "worstGrade");
        Checks.inRange(neglectFromGrade(), 2, worstGrade(), "neglectFromGrade");
        Set<Integer> described = new HashSet<>();
        for (GradeDescription grade : grades()) {
            Checks.require(isOnScale(grade.grade()), "grades", "must describe grades on the scale only");
            Checks.require(described.add(grade.grade()), "grades", "must describe each grade at most once");
        }
    }

    /** The identifier, version and shape. */
    @Override
    public String toString() {
        return "GradedCareProfile{id=" + id() + ", version=" + version() + ", areas=" + areas().size()
                + ", scale=1-" + worstGrade() + ", neglectFromGrade=" + neglectFromGrade() + "}";
    }
}
