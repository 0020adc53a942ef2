package dev.safeguarding.rules.flourish;

import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.HEALTH;
import static dev.safeguarding.model.need.AssessmentDimension.HOUSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "Flourish is a useful way to think about continuum of needs and frame thinking around what children
 * want and need to get the best possible outcomes" (NSCP, Norfolk Guidance to Understanding Continuum of
 * Needs (2023), "Norfolk's Vision"): one assessment, seen through the eight domains.
 */
class FlourishProfilesTest {

    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 9);

    @Test
    void healthyGathersHealthAndEachParentsBasicCare() {
        AssessmentStatement gaining = AssessmentStatement.fact("Gaining weight well", VISITOR, DAY);
        AssessmentStatement feeds = AssessmentStatement.fact("Feeds on time", VISITOR, DAY);
        AssessmentStatement missed = AssessmentStatement.fact("Missed a feed", VISITOR, DAY);
        Assessment assessment = Assessment.builder().id("a-1").child(Child.born("baby-1", LocalDate.of(2016, 12, 1)))
                .startedOn(DAY)
                .addFamilyMembers(FamilyMember.of("m-1", FamilyRelationship.MOTHER),
                        FamilyMember.of("f-1", FamilyRelationship.FATHER))
                .addDimension(DimensionFinding.builder(HEALTH).addWorkingWell(gaining).level(LevelOfNeed.UNIVERSAL)
                        .build())
                .addDimension(DimensionFinding.builder(HOUSING).level(LevelOfNeed.ACUTE).build())
                .addParentingCapacity(ParentingCapacity.of("m-1", List.of(DimensionFinding.builder(BASIC_CARE)
                        .addWorkingWell(feeds).build())))
                .addParentingCapacity(ParentingCapacity.of("f-1", List.of(DimensionFinding.builder(BASIC_CARE)
                        .addWorry(missed).addIndicator(NeedIndicator.of(BASIC_CARE, LevelOfNeed.ADDITIONAL)).build())))
                .build();

        FlourishProfile profile = FlourishProfiles.from(assessment, DAY);

        assertEquals(Arrays.asList(FlourishDomain.values()),
                profile.entries().stream().map(FlourishEntry::domain).toList());
        FlourishEntry healthy = profile.entry(FlourishDomain.HEALTHY).orElseThrow();
        assertEquals(List.of(gaining, feeds), healthy.goingWell());
        assertEquals(List.of(missed), healthy.worries());
        assertEquals(Optional.of(LevelOfNeed.ADDITIONAL), healthy.level());
        assertEquals(Optional.of(LevelOfNeed.ACUTE), profile.entry(FlourishDomain.SAFE_AND_SECURE).orElseThrow()
                .level());
        assertEquals(Optional.empty(), profile.entry(FlourishDomain.LEARNING).orElseThrow().level());
        assertEquals(Optional.of("a-1"), profile.assessmentId());
        assertEquals("baby-1", profile.childId());
    }

    @Test
    void everyDomainShowsTheStatementsAndHighestLevelOfItsDimensions() {
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            FlourishProfile profile = FlourishProfiles.from(assessment, DAY);
            assertEquals(8, profile.entries().size());
            for (FlourishEntry entry : profile.entries()) {
                List<AssessmentStatement> goingWell = new ArrayList<>();
                Optional<LevelOfNeed> highest = Optional.empty();
                for (AssessmentDimension dimension : entry.domain().dimensions()) {
                    for (DimensionFinding finding : assessment.findingsFor(dimension)) {
                        goingWell.addAll(finding.workingWell());
                        List<LevelOfNeed> levels = new ArrayList<>();
                        finding.level().ifPresent(levels::add);
                        finding.indicators().forEach(i -> levels.add(i.level()));
                        for (LevelOfNeed level : levels) {
                            highest = Optional.of(highest.map(level::max).orElse(level));
                        }
                    }
                }
                assertEquals(goingWell, entry.goingWell());
                assertEquals(highest, entry.level(), entry.domain()::name);
            }
            assertTrue(profile.toString().contains(assessment.child().id()));
        });
    }
}
