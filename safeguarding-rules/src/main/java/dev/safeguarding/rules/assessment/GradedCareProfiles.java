package dev.safeguarding.rules.assessment;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.GradeDescription;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Graded care profiles: the structure the library ships, completeness of a snapshot, whether a snapshot
 * shows neglect, and the change between two snapshots.
 *
 * <p>"The NGCP allows professionals to take a 'snapshot' in time and use this as an empirical baseline to
 * measure the effectiveness of interventions and positive changes (or not) in the child and family's
 * circumstances." (NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded
 * Care Profile".)
 *
 * <p>Pure functions; thread-safe.
 */
public final class GradedCareProfiles {

    /** An area of the profile that the snapshot does not grade. */
    public static final String AREA_NOT_GRADED = "graded-care.area-not-graded";

    /** A grade for an area the profile does not have. */
    public static final String UNKNOWN_AREA = "graded-care.unknown-area";

    /** A grade that is not on the profile's scale. */
    public static final String GRADE_OFF_SCALE = "graded-care.grade-off-scale";

    /** A grade with no evidence. */
    public static final String GRADE_WITHOUT_EVIDENCE = "graded-care.grade-without-evidence";

    /** A grade whose evidence is opinion only. */
    public static final String OPINION_WITHOUT_FACT = "graded-care.opinion-without-fact";

    /** A snapshot taken on another profile or version. */
    public static final String OTHER_PROFILE = "graded-care.other-profile";

    private static final GradedCareProfile GCP2_STRUCTURE = buildGcp2Structure();

    private GradedCareProfiles() {
    }

    /**
     * The structure of the NSPCC's Graded Care Profile 2 (GCP2) as the library's notes ({@code
     * docs/practice-frameworks.md}) describe it,
     * and no more: four areas of care, physical care (nutrition, housing, clothing, hygiene, health: the
     * notes' examples, not the tool's full list), care of safety (in the carer's presence and absence),
     * love / emotional care, and esteem (stimulation, approval, acceptance), graded from 1, the best care
     * (the child's needs met, child-centred), to 5, the worst (needs not met, carer-centred).
     *
     * <p>It is not the tool itself (whose wording is the NSPCC's) and not the Norfolk Graded Care Profile,
     * which Norfolk mandates in every case of known or suspected neglect: a partnership loads its own
     * variant as a {@link GradedCareProfile}. Grades 2 to 4 are left undescribed, as the notes leave them.
     *
     * <p>Its {@link GradedCareProfile#neglectFromGrade() neglectFromGrade} is 3, the library's reading and
     * not a fact of the tool: the midpoint of the scale, the first grade not on the side of the child's
     * needs met, erring towards the child, since suspicion of neglect is enough for the guidance to mandate
     * the profile.
     */
    public static GradedCareProfile gcp2Structure() {
        return GCP2_STRUCTURE;
    }

    /**
     * Whether {@code snapshot} shows neglect: some area graded at the profile's
     * {@link GradedCareProfile#neglectFromGrade() neglectFromGrade} or worse (grades off the scale are
     * ignored; {@link #check} reports them).
     *
     * @throws IllegalArgumentException if the snapshot was not taken on {@code profile} (identifier and version)
     */
    public static boolean showsNeglect(GradedCareSnapshot snapshot, GradedCareProfile profile) {
        requireTakenOn(snapshot, profile);
        return snapshot.grades().stream().anyMatch(g -> profile.showsNeglect(g.grade()));
    }

    /**
     * The completeness findings of {@code snapshot} against {@code profile}, in this order: a snapshot of
     * another profile or version ({@value #OTHER_PROFILE}, error, at {@code profileVersion}; nothing else is
     * checked then); then for each area of the profile, in its order, not graded ({@value #AREA_NOT_GRADED},
     * error), graded off the scale ({@value #GRADE_OFF_SCALE}, error), graded with no evidence
     * ({@value #GRADE_WITHOUT_EVIDENCE}, query) or with opinions only ({@value #OPINION_WITHOUT_FACT}, query),
     * at {@code grades/<area id>}; then grades of areas the profile does not have ({@value #UNKNOWN_AREA},
     * error).
     */
    public static List<Finding> check(GradedCareSnapshot snapshot, GradedCareProfile profile) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(profile, "profile");
        SourcePassage source = Sources.GRADED_CARE_PROFILE;
        if (!snapshot.isOf(profile)) {
            return List.of(Finding.of(Severity.ERROR, OTHER_PROFILE, "profileVersion",
                    "The snapshot was taken on another graded care profile or version than the one it is checked"
                            + " against.", source));
        }
        List<Finding> findings = new ArrayList<>();
        for (CareArea area : profile.areas()) {
            String path = "grades/" + area.id();
            Optional<AreaGrade> grade = snapshot.grade(area.id());
            if (grade.isEmpty()) {
                findings.add(Finding.of(Severity.ERROR, AREA_NOT_GRADED, path,
                        "The area of care '" + area.name() + "' is not graded.", source));
                continue;
            }
            if (!profile.isOnScale(grade.get().grade())) {
                findings.add(Finding.of(Severity.ERROR, GRADE_OFF_SCALE, path,
                        "The grade of '" + area.name() + "' is not on the profile's scale of 1 to "
                                + profile.worstGrade() + ".", source));
            }
            List<AssessmentStatement> evidence = grade.get().evidence();
            if (evidence.isEmpty()) {
                findings.add(Finding.of(Severity.QUERY, GRADE_WITHOUT_EVIDENCE, path,
                        "The grade of '" + area.name() + "' has no evidence recorded.", source));
            } else if (evidence.stream().noneMatch(AssessmentStatement::isFact)) {
                findings.add(Finding.of(Severity.QUERY, OPINION_WITHOUT_FACT, path,
                        "The evidence for the grade of '" + area.name() + "' is opinion only: fact should be"
                                + " distinguished from opinion.", Sources.LEVEL_OF_NEED));
            }
        }
        for (AreaGrade grade : snapshot.grades()) {
            if (profile.area(grade.areaId()).isEmpty()) {
                findings.add(Finding.of(Severity.ERROR, UNKNOWN_AREA, "grades/" + grade.areaId(),
                        "The profile has no area of care with this identifier.", source));
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The change in care from {@code earlier} to {@code later}: for each area graded in both, in the order
     * of {@code earlier}'s grades, improved (the grade fell), unchanged or deteriorated (the grade rose);
     * areas graded in only one are listed as not compared (those of {@code earlier} first).
     *
     * @throws IllegalArgumentException if the snapshots are of different children, of different profiles
     *                                  or profile versions, out of date order ({@code later} dated before
     *                                  {@code earlier}; the same date is allowed), or have no graded area
     *                                  in common
     */
    public static GradedCareChange change(GradedCareSnapshot earlier, GradedCareSnapshot later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        if (!earlier.childId().equals(later.childId())) {
            throw new IllegalArgumentException("the two graded care snapshots are of different children");
        }
        if (!earlier.profileId().equals(later.profileId())
                || !earlier.profileVersion().equals(later.profileVersion())) {
            throw new IllegalArgumentException("the two graded care snapshots were taken on different profiles or"
                    + " profile versions (" + earlier.profileId() + " " + earlier.profileVersion() + ", "
                    + later.profileId() + " " + later.profileVersion() + "): grades of different versions are not"
                    + " compared");
        }
        if (later.date().isBefore(earlier.date())) {
            throw new IllegalArgumentException("the graded care snapshots are out of date order: the later one is"
                    + " dated before the earlier one");
        }
        GradedCareChange.Builder change = GradedCareChange.builder()
                .childId(earlier.childId())
                .profileId(earlier.profileId())
                .profileVersion(earlier.profileVersion())
                .fromDate(earlier.date())
                .toDate(later.date());
        boolean compared = false;
        for (AreaGrade before : earlier.grades()) {
            Optional<AreaGrade> after = later.grade(before.areaId());
            if (after.isPresent()) {
                change.addArea(AreaChange.of(before.areaId(), before.grade(), after.get().grade()));
                compared = true;
            } else {
                change.addAreasNotCompared(before.areaId());
            }
        }
        for (AreaGrade after : later.grades()) {
            if (earlier.grade(after.areaId()).isEmpty()) {
                change.addAreasNotCompared(after.areaId());
            }
        }
        if (!compared) {
            throw new IllegalArgumentException("the two graded care snapshots have no graded area in common");
        }
        return change.build();
    }

    private static void requireTakenOn(GradedCareSnapshot snapshot, GradedCareProfile profile) {
        if (!snapshot.isOf(Objects.requireNonNull(profile, "profile"))) {
            throw new IllegalArgumentException("the graded care snapshot was not taken on this profile ("
                    + profile.id() + " " + profile.version() + ")");
        }
    }

    private static GradedCareProfile buildGcp2Structure() {
        return GradedCareProfile.builder()
                .id("nspcc-gcp2-structure")
                .version("gcp2-structure-1")
                .name("Graded Care Profile 2 (NSPCC): structure only, as the library's domain notes describe it")
                .source(SourcePassage.of("NSPCC, Graded Care Profile 2 (GCP2), as summarised in the safeguarding"
                        + " library's domain notes (practice-frameworks.md)", "Graded care profile (neglect)"))
                .addArea(CareArea.of("physical-care", "Physical care",
                        List.of("Nutrition", "Housing", "Clothing", "Hygiene", "Health")))
                .addArea(CareArea.of("care-of-safety", "Care of safety",
                        List.of("In the carer's presence", "In the carer's absence")))
                .addArea(CareArea.of("love", "Love / emotional care", List.of()))
                .addArea(CareArea.of("esteem", "Esteem", List.of("Stimulation", "Approval", "Acceptance")))
                .worstGrade(5)
                .neglectFromGrade(3)
                .addGrade(GradeDescription.of(1, "The best care: the child's needs met, child-centred"))
                .addGrade(GradeDescription.of(5, "The worst care: the child's needs not met, carer-centred"))
                .build();
    }
}
