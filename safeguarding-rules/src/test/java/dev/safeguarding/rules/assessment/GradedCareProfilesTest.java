package dev.safeguarding.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.ChangeDirection;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Graded care profiles: "The NGCP allows professionals to take a 'snapshot' in time and use this as an
 * empirical baseline to measure the effectiveness of interventions and positive changes (or not) in the
 * child and family's circumstances" (NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023),
 * "Norfolk Graded Care Profile").
 */
class GradedCareProfilesTest {

    private static final GradedCareProfile GCP = GradedCareProfiles.gcp2Structure();
    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate MARCH = LocalDate.of(2017, 3, 9);
    private static final LocalDate JUNE = LocalDate.of(2017, 6, 13);

    private static AreaGrade graded(String area, int grade) {
        return AreaGrade.of(area, grade, List.of(AssessmentStatement.fact("Seen on a visit", VISITOR, MARCH)));
    }

    private static GradedCareSnapshot snapshot(LocalDate date, int physical, int safety, int love, int esteem) {
        return GradedCareSnapshot.builder(GCP, "baby-1", date)
                .addGrades(graded("physical-care", physical), graded("care-of-safety", safety), graded("love", love),
                        graded("esteem", esteem))
                .build();
    }

    /** {@code docs/practice-frameworks.md}: "four areas, each with sub-areas ... graded on a five-point scale". */
    @Test
    void theShippedStructureIsTheFourAreasOfGcp2OnAFivePointScaleAndSaysSo() {
        assertEquals(List.of("Physical care", "Care of safety", "Love / emotional care", "Esteem"),
                GCP.areas().stream().map(CareArea::name).toList());
        assertEquals(List.of("Nutrition", "Housing", "Clothing", "Hygiene", "Health"),
                GCP.area("physical-care").orElseThrow().subAreas());
        assertEquals(5, GCP.worstGrade());
        assertEquals(3, GCP.neglectFromGrade());
        assertTrue(GCP.name().contains("structure only"), GCP.name());
        assertFalse(GCP.name().contains("Norfolk"), "never presented as the Norfolk Graded Care Profile");
        assertEquals(Optional.of("The best care: the child's needs met, child-centred"), GCP.describe(1));
        assertEquals(Optional.empty(), GCP.describe(3), "the notes do not word grades 2 to 4");
    }

    @Test
    void aSnapshotGradingEveryAreaWithFactsHasNoFindings() {
        assertEquals(List.of(), GradedCareProfiles.check(snapshot(MARCH, 3, 2, 2, 1), GCP));
    }

    @Test
    void aDraftSnapshotIsCheckedAreaByArea() {
        GradedCareSnapshot draft = GradedCareSnapshot.builder(GCP, "baby-1", MARCH)
                .addGrade(AreaGrade.of("physical-care", 6))
                .addGrade(AreaGrade.of("care-of-safety", 2, List.of(
                        AssessmentStatement.opinion("Seems careful", VISITOR, MARCH))))
                .addGrade(graded("stimulation", 2))
                .build();

        List<Finding> findings = GradedCareProfiles.check(draft, GCP);
        assertEquals(List.of(
                        GradedCareProfiles.GRADE_OFF_SCALE + " grades/physical-care",
                        GradedCareProfiles.GRADE_WITHOUT_EVIDENCE + " grades/physical-care",
                        GradedCareProfiles.OPINION_WITHOUT_FACT + " grades/care-of-safety",
                        GradedCareProfiles.AREA_NOT_GRADED + " grades/love",
                        GradedCareProfiles.AREA_NOT_GRADED + " grades/esteem",
                        GradedCareProfiles.UNKNOWN_AREA + " grades/stimulation"),
                findings.stream().map(f -> f.code() + " " + f.path()).toList());
        assertEquals(Severity.QUERY, findings.get(1).severity());
        assertEquals("The area of care 'Love / emotional care' is not graded.", findings.get(3).message());
    }

    @Test
    void aSnapshotOfAnotherVersionIsOneErrorAndNothingElse() {
        GradedCareSnapshot other = GradedCareSnapshot.builder().from(snapshot(MARCH, 1, 1, 1, 1))
                .profileVersion("ngcp-2019").build();
        List<Finding> findings = GradedCareProfiles.check(other, GCP);
        assertEquals(List.of(GradedCareProfiles.OTHER_PROFILE), findings.stream().map(Finding::code).toList());
    }

    @Test
    void anAreaGradedAtTheNeglectGradeOrWorseShowsNeglect() {
        assertFalse(GradedCareProfiles.showsNeglect(snapshot(MARCH, 2, 2, 1, 2), GCP));
        assertTrue(GradedCareProfiles.showsNeglect(snapshot(MARCH, 3, 1, 1, 1), GCP));
        assertTrue(GradedCareProfiles.showsNeglect(snapshot(MARCH, 1, 1, 5, 1), GCP));
        GradedCareSnapshot other = GradedCareSnapshot.builder().from(snapshot(MARCH, 5, 5, 5, 5))
                .profileId("ngcp").build();
        assertThrows(IllegalArgumentException.class, () -> GradedCareProfiles.showsNeglect(other, GCP));
    }

    /** "Positive changes (or not)": per area, and overall. */
    @Test
    void theChangeBetweenTwoSnapshotsIsPerAreaAndOverall() {
        GradedCareChange change = GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), snapshot(JUNE, 2, 3, 2, 3));

        assertEquals(List.of(AreaChange.of("physical-care", 4, 2), AreaChange.of("care-of-safety", 3, 3),
                AreaChange.of("love", 2, 2), AreaChange.of("esteem", 2, 3)), change.areas());
        assertEquals(List.of(ChangeDirection.IMPROVED, ChangeDirection.UNCHANGED, ChangeDirection.UNCHANGED,
                ChangeDirection.DETERIORATED), change.areas().stream().map(AreaChange::direction).toList());
        assertEquals(ChangeDirection.MIXED, change.overall());
        assertEquals(MARCH, change.fromDate());
        assertEquals(JUNE, change.toDate());
        assertEquals(ChangeDirection.IMPROVED,
                GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), snapshot(JUNE, 3, 3, 2, 2)).overall());
        assertEquals(ChangeDirection.UNCHANGED,
                GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), snapshot(MARCH, 4, 3, 2, 2)).overall());
    }

    @Test
    void areasGradedInOneSnapshotOnlyAreNotCompared() {
        GradedCareSnapshot partial = GradedCareSnapshot.builder(GCP, "baby-1", JUNE)
                .addGrades(graded("love", 1), graded("physical-care", 2)).build();
        GradedCareChange change = GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), partial);
        assertEquals(List.of("physical-care", "love"), change.areas().stream().map(AreaChange::areaId).toList());
        assertEquals(List.of("care-of-safety", "esteem"), change.areasNotCompared());
        assertEquals(ChangeDirection.IMPROVED, change.overall());
    }

    @Test
    void snapshotsOutOfDateOrderAreRejectedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradedCareProfiles.change(snapshot(JUNE, 4, 3, 2, 2), snapshot(MARCH, 2, 3, 2, 3)));
        assertEquals("the graded care snapshots are out of date order: the later one is dated before the earlier one",
                e.getMessage());
    }

    @Test
    void snapshotsOfDifferentProfileVersionsAreRejectedClearly() {
        GradedCareSnapshot ngcp = GradedCareSnapshot.builder().from(snapshot(JUNE, 2, 3, 2, 3))
                .profileVersion("gcp2-structure-2").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), ngcp));
        assertTrue(e.getMessage().contains("different profiles or profile versions"), e.getMessage());
        assertTrue(e.getMessage().contains("gcp2-structure-1, nspcc-gcp2-structure gcp2-structure-2"), e.getMessage());
    }

    @Test
    void snapshotsOfDifferentChildrenOrWithNothingInCommonAreRejected() {
        GradedCareSnapshot someoneElse = GradedCareSnapshot.builder().from(snapshot(JUNE, 2, 3, 2, 3)).childId("c-9")
                .build();
        assertThrows(IllegalArgumentException.class,
                () -> GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), someoneElse));
        GradedCareSnapshot nothing = GradedCareSnapshot.builder(GCP, "baby-1", JUNE).build();
        assertThrows(IllegalArgumentException.class,
                () -> GradedCareProfiles.change(snapshot(MARCH, 4, 3, 2, 2), nothing));
    }

    @Test
    void eachAreasDirectionFollowsItsGradesOverAnyTwoSnapshots() {
        Gen<Map.Entry<GradedCareProfile, List<GradedCareSnapshot>>> cases = AssessmentGen.gradedCareProfiles()
                .flatMap(profile -> Gen.lists(AssessmentGen.gradedCareSnapshots(profile, "c-1"), 2, 2)
                        .map(pair -> Map.entry(profile, pair)));
        Property.forAll(cases, pair -> {
            GradedCareProfile profile = pair.getKey();
            GradedCareSnapshot a = pair.getValue().get(0);
            GradedCareSnapshot b = pair.getValue().get(1);
            GradedCareSnapshot earlier = a.date().isAfter(b.date()) ? b : a;
            GradedCareSnapshot later = earlier == a ? b : a;
            boolean common = earlier.grades().stream().anyMatch(g -> later.grade(g.areaId()).isPresent());
            if (!common) {
                assertThrows(IllegalArgumentException.class, () -> GradedCareProfiles.change(earlier, later));
                return;
            }
            GradedCareChange change = GradedCareProfiles.change(earlier, later);
            for (AreaChange area : change.areas()) {
                assertEquals(earlier.grade(area.areaId()).orElseThrow().grade(), area.fromGrade());
                assertEquals(later.grade(area.areaId()).orElseThrow().grade(), area.toGrade());
            }
            assertEquals(earlier.grades().size() + later.grades().size(),
                    2 * change.areas().size() + change.areasNotCompared().size());
            assertTrue(GradedCareProfiles.check(earlier, profile).stream().noneMatch(
                    f -> f.code().equals(GradedCareProfiles.GRADE_OFF_SCALE)));
            if (!earlier.date().equals(later.date())) {
                assertThrows(IllegalArgumentException.class, () -> GradedCareProfiles.change(later, earlier));
            }
        });
    }
}
