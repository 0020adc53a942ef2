package dev.safeguarding.testing;

import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.FactOrOpinion;
import dev.safeguarding.model.assessment.GradeDescription;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.NeedDescriptor;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.people.FamilyMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators for the assessment and Flourish types ({@code dev.safeguarding.model.assessment} and
 * {@code dev.safeguarding.model.flourish}). Free text (statements, views, wording) is at least twelve
 * characters, so that a test can tell it apart from the rest of a {@code toString()}. Built on
 * {@link ModelGen}'s generators for people, children and sources.
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 */
public final class AssessmentGen {

    private AssessmentGen() {
    }

    /** An indicator on {@code dimension}, at any level, with or without a description. */
    public static Gen<NeedIndicator> needIndicatorsOn(AssessmentDimension dimension) {
        return random -> {
            LevelOfNeed level = Gen.enumValues(LevelOfNeed.class).generate(random);
            return random.nextBoolean() ? NeedIndicator.of(dimension, level)
                    : NeedIndicator.of(dimension, level, Gen.text(12, 80).generate(random));
        };
    }

    /** An indicator with a dimension (and so its domain), at any level, with or without a description. */
    public static Gen<NeedIndicator> needIndicatorsWithDimensions() {
        return Gen.enumValues(AssessmentDimension.class).flatMap(AssessmentGen::needIndicatorsOn);
    }

    /** Any indicator: with or without a dimension (those without from {@link ModelGen#needIndicators()}). */
    public static Gen<NeedIndicator> needIndicators() {
        return Gen.oneOfGens(ModelGen.needIndicators(), needIndicatorsWithDimensions());
    }

    /** A fact or an opinion, from anyone, with or without an agency and a prompt. */
    public static Gen<AssessmentStatement> statements() {
        return random -> AssessmentStatement.builder()
                .text(Gen.text(12, 80).generate(random))
                .factOrOpinion(Gen.enumValues(FactOrOpinion.class).generate(random))
                .contributor(ModelGen.contributors().generate(random))
                .agencyId(random.nextBoolean() ? Optional.of(Gen.identifiers().generate(random))
                        : Optional.empty())
                .date(ModelGen.dates().generate(random))
                .prompt(random.nextInt(3) == 0
                        ? Optional.of(Gen.enumValues(ObservationPrompt.class).generate(random))
                        : Optional.empty())
                .build();
    }

    /** A record of the child's voice, by any method, with or without a prompt. */
    public static Gen<ChildsView> childsViews() {
        return random -> ChildsView.builder()
                .text(Gen.text(12, 80).generate(random))
                .method(Gen.enumValues(VoiceMethod.class).generate(random))
                .recordedBy(ModelGen.contributors().generate(random))
                .date(ModelGen.dates().generate(random))
                .prompt(random.nextInt(3) == 0
                        ? Optional.of(Gen.enumValues(ObservationPrompt.class).generate(random))
                        : Optional.empty())
                .build();
    }

    /** A finding on {@code dimension}: anything from nothing recorded to statements, a level and indicators. */
    public static Gen<DimensionFinding> dimensionFindings(AssessmentDimension dimension) {
        Gen<List<AssessmentStatement>> statements = Gen.lists(statements(), 0, 3);
        Gen<List<NeedIndicator>> indicators = Gen.lists(needIndicatorsOn(dimension), 0, 2);
        return random -> DimensionFinding.builder(dimension)
                .workingWell(statements.generate(random))
                .worries(statements.generate(random))
                .level(Gen.optionals(Gen.enumValues(LevelOfNeed.class)).generate(random))
                .indicators(indicators.generate(random))
                .build();
    }

    /** A finding on any dimension. */
    public static Gen<DimensionFinding> dimensionFindings() {
        return Gen.enumValues(AssessmentDimension.class).flatMap(AssessmentGen::dimensionFindings);
    }

    /** The parenting capacity of {@code parentOrCarerId} on a random subset of the six dimensions. */
    public static Gen<ParentingCapacity> parentingCapacity(String parentOrCarerId) {
        return random -> ParentingCapacity.of(parentOrCarerId,
                findingsOnSome(AssessmentDomain.PARENTING_CAPACITY.dimensions(), random));
    }

    /** The parenting capacity of anyone. */
    public static Gen<ParentingCapacity> parentingCapacities() {
        return Gen.identifiers().flatMap(AssessmentGen::parentingCapacity);
    }

    /**
     * An assessment at any stage: from a bare draft to a full record, with zero to four family members
     * (unique identifiers), findings on some dimensions, the capacity of some members, and some records
     * of the child's voice.
     */
    public static Gen<Assessment> assessments() {
        Gen<List<ChildsView>> voices = Gen.lists(childsViews(), 0, 3);
        return random -> {
            int members = random.nextInt(5);
            List<FamilyMember> family = new ArrayList<>();
            for (int i = 0; i < members; i++) {
                FamilyMember member = ModelGen.familyMembers().generate(random);
                family.add(FamilyMember.builder().from(member).id(member.id() + "-" + i).build());
            }
            List<AssessmentDimension> others = new ArrayList<>(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS.dimensions());
            others.addAll(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS.dimensions());
            Assessment.Builder assessment = Assessment.builder()
                    .id(Gen.identifiers().generate(random))
                    .child(ModelGen.children().generate(random))
                    .startedOn(ModelGen.dates().generate(random))
                    .familyMembers(family)
                    .dimensions(findingsOnSome(others, random))
                    .childsVoice(voices.generate(random))
                    .neglectKnownOrSuspected(random.nextInt(4) == 0);
            for (FamilyMember member : family) {
                if (random.nextInt(3) > 0) {
                    assessment.addParentingCapacity(parentingCapacity(member.id()).generate(random));
                }
            }
            return assessment.build();
        };
    }

    /** A descriptor on any dimension and level. */
    public static Gen<NeedDescriptor> needDescriptors() {
        return random -> NeedDescriptor.of(Gen.identifiers().generate(random),
                Gen.enumValues(AssessmentDimension.class).generate(random),
                Gen.enumValues(LevelOfNeed.class).generate(random), Gen.text(12, 80).generate(random));
    }

    /** A catalogue of up to eight descriptors with unique identifiers, illustrative or not, with or without a source. */
    public static Gen<DescriptorCatalogue> descriptorCatalogues() {
        return random -> {
            DescriptorCatalogue.Builder catalogue = DescriptorCatalogue.builder()
                    .id(Gen.identifiers().generate(random))
                    .name(Gen.text(1, 40).generate(random))
                    .source(Gen.optionals(ModelGen.sourcePassages()).generate(random));
            if (random.nextBoolean()) {
                catalogue.illustrative(random.nextBoolean());
            }
            int size = random.nextInt(9);
            for (int i = 0; i < size; i++) {
                NeedDescriptor d = needDescriptors().generate(random);
                catalogue.addDescriptor(NeedDescriptor.of(d.id() + "." + i, d.dimension(), d.level(), d.wording()));
            }
            return catalogue.build();
        };
    }

    /** An area of care with up to five sub-areas. */
    public static Gen<CareArea> careAreas() {
        return random -> CareArea.of(Gen.identifiers().generate(random), Gen.text(1, 30).generate(random),
                Gen.lists(Gen.text(1, 30), 0, 5).generate(random));
    }

    /**
     * A profile of one to six areas (unique identifiers), a scale of 2 to 10 grades (the default 5 one
     * time in three), a neglect grade on it and descriptions of some grades.
     */
    public static Gen<GradedCareProfile> gradedCareProfiles() {
        return random -> {
            GradedCareProfile.Builder profile = GradedCareProfile.builder()
                    .id(Gen.identifiers().generate(random))
                    .version(Gen.identifiers().generate(random))
                    .name(Gen.text(1, 40).generate(random))
                    .source(ModelGen.sourcePassages().generate(random));
            int areas = 1 + random.nextInt(6);
            for (int i = 0; i < areas; i++) {
                CareArea area = careAreas().generate(random);
                profile.addArea(CareArea.of(area.id() + "-" + i, area.name(), area.subAreas()));
            }
            int worst = 5;
            if (random.nextInt(3) > 0) {
                worst = Gen.ints(2, 10).generate(random);
                profile.worstGrade(worst);
            }
            profile.neglectFromGrade(Gen.ints(2, worst).generate(random));
            for (int grade = 1; grade <= worst; grade++) {
                if (random.nextBoolean()) {
                    profile.addGrade(GradeDescription.of(grade, Gen.text(1, 60).generate(random)));
                }
            }
            return profile.build();
        };
    }

    /** A grade from 1 to 10 of an area, with up to three pieces of evidence. */
    public static Gen<AreaGrade> areaGrades() {
        return random -> AreaGrade.of(Gen.identifiers().generate(random), Gen.ints(1, 10).generate(random),
                Gen.lists(statements(), 0, 3).generate(random));
    }

    /** A snapshot of any profile, grading up to five areas (unique identifiers). */
    public static Gen<GradedCareSnapshot> gradedCareSnapshots() {
        return random -> {
            GradedCareSnapshot.Builder snapshot = GradedCareSnapshot.builder()
                    .childId(Gen.identifiers().generate(random))
                    .profileId(Gen.identifiers().generate(random))
                    .profileVersion(Gen.identifiers().generate(random))
                    .date(ModelGen.dates().generate(random));
            int grades = random.nextInt(6);
            for (int i = 0; i < grades; i++) {
                AreaGrade grade = areaGrades().generate(random);
                snapshot.addGrade(AreaGrade.of(grade.areaId() + "-" + i, grade.grade(), grade.evidence()));
            }
            return snapshot.build();
        };
    }

    /** A snapshot of {@code profile}, grading each of its areas (on the scale) with probability {@code 4/5}. */
    public static Gen<GradedCareSnapshot> gradedCareSnapshots(GradedCareProfile profile, String childId) {
        return random -> {
            GradedCareSnapshot.Builder snapshot = GradedCareSnapshot.builder(profile, childId,
                    ModelGen.dates().generate(random));
            for (CareArea area : profile.areas()) {
                if (random.nextInt(5) > 0) {
                    snapshot.addGrade(AreaGrade.of(area.id(), Gen.ints(1, profile.worstGrade()).generate(random),
                            Gen.lists(statements(), 0, 2).generate(random)));
                }
            }
            return snapshot.build();
        };
    }

    /** The change of an area between any two grades from 1 to 10. */
    public static Gen<AreaChange> areaChanges() {
        return random -> AreaChange.of(Gen.identifiers().generate(random), Gen.ints(1, 10).generate(random),
                Gen.ints(1, 10).generate(random));
    }

    /** A well-formed change: one to five areas compared, up to two not compared, dates in order. */
    public static Gen<GradedCareChange> gradedCareChanges() {
        return random -> {
            LocalDate from = ModelGen.dates().generate(random);
            GradedCareChange.Builder change = GradedCareChange.builder()
                    .childId(Gen.identifiers().generate(random))
                    .profileId(Gen.identifiers().generate(random))
                    .profileVersion(Gen.identifiers().generate(random))
                    .fromDate(from)
                    .toDate(from.plusDays(random.nextInt(400)));
            int areas = 1 + random.nextInt(5);
            for (int i = 0; i < areas; i++) {
                AreaChange area = areaChanges().generate(random);
                change.addArea(AreaChange.of(area.areaId() + "-" + i, area.fromGrade(), area.toGrade()));
            }
            int notCompared = random.nextInt(3);
            for (int i = 0; i < notCompared; i++) {
                change.addAreasNotCompared(Gen.identifiers().generate(random) + "-n" + i);
            }
            return change.build();
        };
    }

    /** An entry of any domain. */
    public static Gen<FlourishEntry> flourishEntries() {
        return Gen.enumValues(FlourishDomain.class).flatMap(AssessmentGen::flourishEntries);
    }

    /** An entry of {@code domain}, with up to three statements each way and a rating or none. */
    public static Gen<FlourishEntry> flourishEntries(FlourishDomain domain) {
        Gen<List<AssessmentStatement>> statements = Gen.lists(statements(), 0, 3);
        return random -> FlourishEntry.builder(domain)
                .goingWell(statements.generate(random))
                .worries(statements.generate(random))
                .level(Gen.optionals(Gen.enumValues(LevelOfNeed.class)).generate(random))
                .build();
    }

    /** A profile with entries for a random subset of the domains, from an assessment or not. */
    public static Gen<FlourishProfile> flourishProfiles() {
        return random -> {
            FlourishProfile.Builder profile = FlourishProfile.builder()
                    .childId(Gen.identifiers().generate(random))
                    .date(ModelGen.dates().generate(random))
                    .assessmentId(Gen.optionals(Gen.identifiers()).generate(random));
            for (FlourishDomain domain : FlourishDomain.values()) {
                if (random.nextBoolean()) {
                    profile.addEntry(flourishEntries(domain).generate(random));
                }
            }
            return profile.build();
        };
    }

    private static List<DimensionFinding> findingsOnSome(List<AssessmentDimension> dimensions,
            SplittableRandom random) {
        List<DimensionFinding> findings = new ArrayList<>();
        for (AssessmentDimension dimension : dimensions) {
            if (random.nextInt(4) > 0) {
                findings.add(dimensionFindings(dimension).generate(random));
            }
        }
        return findings;
    }
}
