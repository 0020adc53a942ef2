package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An assessment as a record with two stages: a draft that saves at any stage, and an assessment complete
 * by the Assessment Triangle. The constraints are the rules module's completeness findings, with the same
 * codes and paths. Each test quotes the passage of NSCP, Norfolk Guidance to Understanding Continuum of
 * Needs (2023), or of the Somerset practitioner forum (2017), that it pins.
 */
class AssessmentValidationTest {

    private static final String CONTINUUM = "NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023)";

    private static final Child BABY = Child.builder().id("baby-1").dateOfBirth(LocalDate.of(2016, 12, 1))
            .name("Baby Example").build();
    private static final FamilyMember MOTHER = FamilyMember.of("m-1", FamilyRelationship.MOTHER);
    private static final FamilyMember FATHER = FamilyMember.builder().id("f-1").relationship(FamilyRelationship.FATHER)
            .livesWithChild(false).build();
    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 9);

    /** The findings before the assessment is complete, as "SEVERITY code at path", sorted. */
    private static List<String> complete(Assessment assessment) {
        return Findings.check(Validators.DEFAULT, assessment, Complete.class).stream()
                .map(f -> f.severity() + " " + f.code() + " at " + f.path()).sorted().toList();
    }

    private static DimensionFinding fact(AssessmentDimension dimension) {
        return DimensionFinding.builder(dimension)
                .addWorkingWell(AssessmentStatement.fact("Seen on a home visit", VISITOR, DAY)).build();
    }

    private static DimensionFinding opinion(AssessmentDimension dimension) {
        return DimensionFinding.builder(dimension)
                .addWorry(AssessmentStatement.opinion("Thought to be struggling", VISITOR, DAY)).build();
    }

    private static List<DimensionFinding> facts(AssessmentDomain domain) {
        return domain.dimensions().stream().map(AssessmentValidationTest::fact).toList();
    }

    private static Assessment.Builder draft() {
        return Assessment.builder().id("a-1").child(BABY).startedOn(DAY);
    }

    private static Assessment filledIn() {
        List<DimensionFinding> others = new ArrayList<>(facts(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS));
        others.addAll(facts(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS));
        return draft()
                .addFamilyMembers(MOTHER, FATHER)
                .dimensions(others)
                .addParentingCapacity(ParentingCapacity.of("m-1", facts(AssessmentDomain.PARENTING_CAPACITY)))
                .addParentingCapacity(ParentingCapacity.of("f-1", facts(AssessmentDomain.PARENTING_CAPACITY)))
                .addChildsVoice(ChildsView.of(VoiceMethod.OBSERVATION, "Grins at her mother", VISITOR, DAY))
                .build();
    }

    @Test
    void aDraftWithTwoParentsSavesAndIsNotCompleteUntilFilledIn() {
        // "Assessing parenting capacity should include the capacity of all parents of the child." (The Assessment Triangle)
        Assessment draft = draft().addFamilyMembers(MOTHER, FATHER)
                .addDimension(fact(AssessmentDimension.HEALTH))
                .addParentingCapacity(ParentingCapacity.of("m-1", List.of(fact(AssessmentDimension.BASIC_CARE),
                        opinion(AssessmentDimension.ENSURING_SAFETY))))
                .build();

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, draft), "a draft saves at any stage");
        List<String> expected = new ArrayList<>();
        expected.add("ERROR assessment.child-voice-not-recorded at childsVoice");
        for (AssessmentDimension dimension : AssessmentDimension.values()) {
            if (!dimension.isParentingCapacity() && dimension != AssessmentDimension.HEALTH) {
                expected.add("ERROR assessment.dimension-not-assessed at dimensions/" + dimension.name());
            }
        }
        expected.add("ERROR assessment.parenting-capacity-not-assessed at parentingCapacity/f-1");
        for (AssessmentDimension dimension : AssessmentDomain.PARENTING_CAPACITY.dimensions()) {
            if (dimension != AssessmentDimension.BASIC_CARE && dimension != AssessmentDimension.ENSURING_SAFETY) {
                expected.add("ERROR assessment.dimension-not-assessed at parentingCapacity/m-1/" + dimension.name());
            }
        }
        assertEquals(expected.stream().sorted().toList(), complete(draft));

        assertEquals(List.of(), complete(filledIn()), "the same record, filled in, is complete");
    }

    @Test
    void aParentsLiveInPartnerIsACarerWhoseCapacityIsQueriedUntilAssessed() {
        // "The importance of identifying any adults, including fathers, who have parenting or caring roles cannot
        //  be underestimated. This requires systems to recognise the importance of seeing a family in its wider
        //  context, including assessing key relationships" (Whole Family Working)
        FamilyMember partner = FamilyMember.of("p-1", FamilyRelationship.PARENTS_PARTNER);
        Assessment withPartner = Assessment.builder().from(filledIn()).addFamilyMembers(partner).build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, withPartner, Complete.class);
        assertEquals(List.of("QUERY assessment.caring-adult-capacity-not-assessed at parentingCapacity/p-1"),
                complete(withPartner));
        assertEquals(SourcePassage.of(CONTINUUM, "Whole Family Working"), findings.get(0).source().orElseThrow());
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, withPartner), "a draft saves without it");

        Assessment assessed = Assessment.builder().from(withPartner)
                .addParentingCapacity(ParentingCapacity.of("p-1", facts(AssessmentDomain.PARENTING_CAPACITY)))
                .build();
        assertEquals(List.of(), complete(assessed));

        FamilyMember livesApart = FamilyMember.builder().id("p-1").relationship(FamilyRelationship.PARENTS_PARTNER)
                .livesWithChild(false).build();
        assertEquals(List.of(), complete(Assessment.builder().from(filledIn()).addFamilyMembers(livesApart).build()),
                "a partner who does not live with the child has no caring role unless the record says so");
        FamilyMember grandmother = FamilyMember.builder().id("g-1").relationship(FamilyRelationship.GRANDPARENT)
                .parentOrCarer(true).build();
        assertEquals(List.of("QUERY assessment.caring-adult-capacity-not-assessed at parentingCapacity/g-1"),
                complete(Assessment.builder().from(filledIn()).addFamilyMembers(grandmother).build()),
                "a grandparent recorded in a caring role is queried the same way");
    }

    @Test
    void aBareDraftIsQueriedForItsParentsAndItsFather() {
        // "The importance of identifying any adults, including fathers, who have parenting or caring roles cannot
        //  be underestimated." (Whole Family Working)
        List<String> findings = complete(draft().addChildsVoice(ChildsView.of(VoiceMethod.OBSERVATION, "Settled",
                VISITOR, DAY)).build());

        assertEquals(List.of("QUERY assessment.no-father-recorded at familyMembers",
                "QUERY assessment.no-parent-or-carer at familyMembers"),
                findings.stream().filter(f -> f.endsWith("at familyMembers")).toList());
        assertEquals(14, findings.stream().filter(f -> f.contains("dimension-not-assessed")).count());
    }

    @Test
    void opinionsWithNoFactBesideThemAreQueriedForTheDomainOrTheParent() {
        // "Ensuring that information used to inform the assessment is accurate and that fact is distinguished from
        //  opinion, is essential in determining the correct course of action." (Determining the Level of Need or Urgency)
        Assessment complete = filledIn();
        Assessment opinions = Assessment.builder(complete)
                .dimensions(complete.dimensions().stream().map(f -> f.dimension().domain()
                        == AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS ? opinion(f.dimension()) : f).toList())
                .parentingCapacity(List.of(complete.parentingCapacity().get(0), ParentingCapacity.of("f-1",
                        AssessmentDomain.PARENTING_CAPACITY.dimensions().stream()
                                .map(AssessmentValidationTest::opinion).toList())))
                .build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, opinions, Complete.class);

        assertEquals(List.of("QUERY assessment.opinion-without-fact at domains/FAMILY_AND_ENVIRONMENTAL_FACTORS",
                "QUERY assessment.opinion-without-fact at parentingCapacity/f-1"), complete(opinions));
        assertEquals(SourcePassage.of(CONTINUUM, "Determining the Level of Need or Urgency"),
                findings.get(0).source().orElseThrow());
    }

    @Test
    void noVoiceOfABornChildIsAnErrorAndOfAnUnbornBabyAQueryWithACodeOfItsOwn() {
        // "Use of observation to access the voice and lived experience of the child." (Somerset, Capturing a
        //  baby's perspective); "Not all children may be able to have their voices heard: Think about unborn
        //  babies." (Conversation Opportunities)
        Assessment born = Assessment.builder(filledIn()).childsVoice(List.of()).build();
        Assessment unborn = Assessment.builder(born).child(Child.unborn("u-1", LocalDate.of(2017, 5, 1))).build();

        Finding ofBorn = Findings.check(Validators.DEFAULT, born, Complete.class).get(0);
        Finding ofUnborn = Findings.check(Validators.DEFAULT, unborn, Complete.class).get(0);

        assertEquals(List.of("ERROR assessment.child-voice-not-recorded at childsVoice"), complete(born));
        assertEquals(List.of("QUERY assessment.unborn-voice-not-recorded at childsVoice"), complete(unborn));
        assertEquals("Capturing a baby's perspective", ofBorn.source().orElseThrow().section());
        assertEquals(SourcePassage.of(CONTINUUM, "Conversation Opportunities"), ofUnborn.source().orElseThrow());
        assertTrue(ofUnborn.message().contains("think about unborn babies"), ofUnborn.message());
    }

    @Test
    void theViolationsCarryBeanValidationsPathsForDimensionsAndParents() {
        Assessment draft = draft().addFamilyMembers(MOTHER).addChildsVoice(ChildsView.of(VoiceMethod.OBSERVATION,
                "Settled", VISITOR, DAY)).addParentingCapacity(ParentingCapacity.of("m-1",
                List.of(fact(AssessmentDimension.BASIC_CARE)))).build();

        List<String> paths = Validators.DEFAULT.validate(draft, Complete.class).stream()
                .map(v -> v.getPropertyPath().toString()).filter(p -> p.contains("HEALTH") || p.contains("STIMULATION"))
                .sorted().toList();

        assertEquals(List.of("dimensions.HEALTH", "parentingCapacity.m-1.STIMULATION"), paths);
    }
}
