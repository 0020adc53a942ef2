package dev.safeguarding.testing.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.ChangeDirection;
import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.GradeDescription;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.NeedDescriptor;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DescriptorsAndGradedCareTest {

    private static final NeedDescriptor MISSED = NeedDescriptor.of("health.additional.1", AssessmentDimension.HEALTH,
            LevelOfNeed.ADDITIONAL, "Some health appointments are missed.");

    private static final GradedCareProfile PROFILE = GradedCareProfile.builder()
            .id("p").version("1").name("A profile").source(SourcePassage.of("Doc", "Section"))
            .addArea(CareArea.of("physical-care", "Physical care", List.of("Nutrition")))
            .addArea(CareArea.of("esteem", "Esteem", List.of()))
            .neglectFromGrade(3)
            .build();

    private static String fieldRejected(Supplier<?> build) {
        return assertThrows(InvalidValueException.class, build::get).field();
    }

    @Test
    void aDescriptorIsAnIndicatorOnItsDimensionAtItsLevelWithItsWording() {
        NeedIndicator indicator = MISSED.indicator();
        assertEquals(Optional.of(AssessmentDimension.HEALTH), indicator.dimension());
        assertEquals(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, indicator.domain());
        assertEquals(LevelOfNeed.ADDITIONAL, indicator.level());
        assertEquals(Optional.of("Some health appointments are missed."), indicator.description());
    }

    @Test
    void aCatalogueFindsItsDescriptorsAndRefusesTwoWithOneId() {
        DescriptorCatalogue catalogue = DescriptorCatalogue.builder().id("c").name("Ours").addDescriptor(MISSED)
                .build();
        assertFalse(catalogue.illustrative());
        assertEquals(MISSED.indicator(), catalogue.indicator("health.additional.1"));
        assertEquals(List.of(MISSED), catalogue.descriptorsFor(AssessmentDimension.HEALTH, LevelOfNeed.ADDITIONAL));
        assertEquals(List.of(), catalogue.descriptorsFor(AssessmentDimension.HEALTH, LevelOfNeed.ACUTE));
        assertThrows(IllegalArgumentException.class, () -> catalogue.indicator("no-such-line"));
        assertEquals("descriptors", fieldRejected(() -> DescriptorCatalogue.builder().id("c").name("Ours")
                .addDescriptors(MISSED, MISSED).build()));
    }

    @Test
    void anIndicatorsDimensionIsInItsDomain() {
        assertEquals("dimension", fieldRejected(() -> NeedIndicator.builder()
                .domain(AssessmentDomain.PARENTING_CAPACITY).level(LevelOfNeed.COMPLEX)
                .dimension(AssessmentDimension.HOUSING).build()));
        assertEquals("NeedIndicator{PARENTING_CAPACITY/BASIC_CARE, COMPLEX, described}",
                NeedIndicator.of(AssessmentDimension.BASIC_CARE, LevelOfNeed.COMPLEX, "Often hungry").toString());
        assertEquals("NeedIndicator{PARENTING_CAPACITY, COMPLEX}",
                NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.COMPLEX).toString());
    }

    @Test
    void aProfilesScaleRunsFromOneToItsWorstGradeAndReadsNeglectFromItsNeglectGrade() {
        assertEquals(5, PROFILE.worstGrade());
        assertTrue(PROFILE.isOnScale(1));
        assertFalse(PROFILE.isOnScale(6));
        assertFalse(PROFILE.showsNeglect(2));
        assertTrue(PROFILE.showsNeglect(3));
        assertFalse(PROFILE.showsNeglect(9), "off the scale is not read");
    }

    @Test
    void aProfileThatMakesNoSenseIsRejected() {
        GradedCareProfile.Builder base = GradedCareProfile.builder().id("p").version("1").name("n")
                .source(SourcePassage.of("Doc", "Section"));
        assertEquals("areas", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE).areas(List.of()).build()));
        assertEquals("areas", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE)
                .addArea(CareArea.of("esteem", "Esteem again", List.of())).build()));
        assertEquals("neglectFromGrade", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE)
                .neglectFromGrade(6).build()));
        assertEquals("neglectFromGrade", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE)
                .neglectFromGrade(1).build()));
        assertEquals("worstGrade", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE).worstGrade(1)
                .neglectFromGrade(2).build()));
        assertEquals("grades", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE)
                .addGrade(GradeDescription.of(6, "Beyond the scale")).build()));
        assertEquals("grades", fieldRejected(() -> GradedCareProfile.builder().from(PROFILE)
                .addGrades(GradeDescription.of(1, "Best"), GradeDescription.of(1, "Best again")).build()));
        assertEquals("grade", fieldRejected(() -> GradeDescription.of(0, "Zero")));
        assertEquals("subAreas", fieldRejected(() -> CareArea.of("a", "A", List.of(" "))));
        assertTrue(base.addArea(CareArea.of("a", "A", List.of())).neglectFromGrade(2).build().describe(1).isEmpty());
    }

    @Test
    void aSnapshotGradesEachAreaOnceAndKnowsItsProfile() {
        GradedCareSnapshot snapshot = GradedCareSnapshot.builder(PROFILE, "c-1", LocalDate.of(2017, 3, 9))
                .addGrade(AreaGrade.of("esteem", 2)).build();
        assertTrue(snapshot.isOf(PROFILE));
        assertEquals(Optional.of(AreaGrade.of("esteem", 2)), snapshot.grade("esteem"));
        assertFalse(snapshot.isOf(GradedCareProfile.builder().from(PROFILE).version("2").build()));
        assertEquals("grades", fieldRejected(() -> GradedCareSnapshot.builder(PROFILE, "c-1", LocalDate.of(2017, 3, 9))
                .addGrades(AreaGrade.of("esteem", 2), AreaGrade.of("esteem", 3)).build()));
        assertEquals("grade", fieldRejected(() -> AreaGrade.of("esteem", 0)));
    }

    @Test
    void aLowerGradeIsBetterCare() {
        assertEquals(ChangeDirection.IMPROVED, AreaChange.of("a", 4, 2).direction());
        assertEquals(ChangeDirection.UNCHANGED, AreaChange.of("a", 3, 3).direction());
        assertEquals(ChangeDirection.DETERIORATED, AreaChange.of("a", 2, 4).direction());
        assertEquals("a 4 -> 2 IMPROVED", AreaChange.of("a", 4, 2).toString());
    }

    @Test
    void theOverallChangeIsMixedOnlyWhenAreasMovedBothWays() {
        Property.forAll(AssessmentGen.gradedCareChanges(), change -> {
            boolean improved = change.count(ChangeDirection.IMPROVED) > 0;
            boolean deteriorated = change.count(ChangeDirection.DETERIORATED) > 0;
            ChangeDirection expected = improved && deteriorated ? ChangeDirection.MIXED
                    : improved ? ChangeDirection.IMPROVED
                    : deteriorated ? ChangeDirection.DETERIORATED : ChangeDirection.UNCHANGED;
            assertEquals(expected, change.overall());
            assertEquals(change.areas().size(), change.count(ChangeDirection.IMPROVED)
                    + change.count(ChangeDirection.UNCHANGED) + change.count(ChangeDirection.DETERIORATED));
        });
    }

    @Test
    void aChangeRunsForwardOverAtLeastOneArea() {
        GradedCareChange.Builder base = GradedCareChange.builder().childId("c").profileId("p").profileVersion("1")
                .fromDate(LocalDate.of(2017, 3, 9)).toDate(LocalDate.of(2017, 6, 9));
        assertEquals("areas", fieldRejected(() -> GradedCareChange.builder().childId("c").profileId("p")
                .profileVersion("1").fromDate(LocalDate.of(2017, 3, 9)).toDate(LocalDate.of(2017, 6, 9)).build()));
        assertEquals("toDate", fieldRejected(() -> GradedCareChange.builder().childId("c").profileId("p")
                .profileVersion("1").fromDate(LocalDate.of(2017, 6, 9)).toDate(LocalDate.of(2017, 3, 9))
                .addArea(AreaChange.of("a", 1, 2)).build()));
        assertEquals("areasNotCompared", fieldRejected(() -> GradedCareChange.builder().childId("c").profileId("p")
                .profileVersion("1").fromDate(LocalDate.of(2017, 3, 9)).toDate(LocalDate.of(2017, 6, 9))
                .addArea(AreaChange.of("a", 1, 2)).addAreasNotCompared("a").build()));
        assertEquals(ChangeDirection.DETERIORATED, base.addArea(AreaChange.of("a", 1, 2)).build().overall());
    }

    @Test
    void toStringsShowNoEvidenceTextOrDates() {
        Property.forAll(AssessmentGen.gradedCareSnapshots(), snapshot -> {
            String text = snapshot.toString();
            assertFalse(text.contains(snapshot.date().toString()));
            snapshot.grades().forEach(g -> g.evidence().forEach(e -> assertFalse(text.contains(e.text()))));
        });
        Property.forAll(AssessmentGen.gradedCareChanges(), change -> {
            assertFalse(change.toString().contains(change.fromDate().toString()));
            assertFalse(change.toString().contains(change.toDate().toString()));
        });
    }
}
