package dev.safeguarding.rules.assessment;

import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.EDUCATION;
import static dev.safeguarding.model.need.AssessmentDimension.ENSURING_SAFETY;
import static dev.safeguarding.model.need.AssessmentDimension.FAMILY_HISTORY_AND_FUNCTIONING;
import static dev.safeguarding.model.need.AssessmentDimension.HEALTH;
import static dev.safeguarding.model.need.AssessmentDimension.HOUSING;
import static dev.safeguarding.model.need.AssessmentDimension.STIMULATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.rules.need.ThresholdGuide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The completeness of an assessment and the threshold question it leads to. Each test quotes the passage
 * of NSCP, Norfolk Guidance to Understanding Continuum of Needs (2023), or of the Somerset practitioner
 * forum (2017), that it pins.
 */
class AssessmentsTest {

    private static final Child BABY = Child.born("baby-1", LocalDate.of(2016, 12, 1));
    private static final FamilyMember MOTHER = FamilyMember.of("m-1", FamilyRelationship.MOTHER);
    private static final FamilyMember FATHER = FamilyMember.builder().id("f-1").relationship(FamilyRelationship.FATHER)
            .livesWithChild(false).build();
    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 9);

    private static DimensionFinding fact(AssessmentDimension dimension) {
        return DimensionFinding.builder(dimension)
                .addWorkingWell(AssessmentStatement.fact("Seen on a home visit", VISITOR, DAY)).build();
    }

    private static DimensionFinding opinion(AssessmentDimension dimension) {
        return DimensionFinding.builder(dimension)
                .addWorry(AssessmentStatement.opinion("Thought to be struggling", VISITOR, DAY)).build();
    }

    private static List<DimensionFinding> facts(AssessmentDomain domain) {
        return domain.dimensions().stream().map(AssessmentsTest::fact).toList();
    }

    private static Assessment.Builder draft() {
        return Assessment.builder().id("a-1").child(BABY).startedOn(DAY);
    }

    /** Everything a complete assessment needs: every dimension, both parents' capacity, the baby observed. */
    private static Assessment.Builder complete() {
        List<DimensionFinding> others = new ArrayList<>(facts(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS));
        others.addAll(facts(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS));
        return draft()
                .addFamilyMembers(MOTHER, FATHER)
                .dimensions(others)
                .addParentingCapacity(ParentingCapacity.of("m-1", facts(AssessmentDomain.PARENTING_CAPACITY)))
                .addParentingCapacity(ParentingCapacity.of("f-1", facts(AssessmentDomain.PARENTING_CAPACITY)))
                .addChildsVoice(ChildsView.of(VoiceMethod.OBSERVATION, "Grins at her mother", VISITOR, DAY));
    }

    private static List<String> codesAt(List<Finding> findings, String path) {
        return findings.stream().filter(f -> f.path().equals(path)).map(Finding::code).toList();
    }

    @Test
    void aCompleteAssessmentHasNoFindings() {
        assertEquals(List.of(), Assessments.check(complete().build()));
    }

    /** A draft can be saved and validated at any stage: a bare one is simply far from complete. */
    @Test
    void aBareDraftIsCheckedLikeAnyOther() {
        List<Finding> findings = Assessments.check(draft().build());

        assertEquals(14, findings.stream().filter(f -> f.code().equals(Assessments.DIMENSION_NOT_ASSESSED)).count());
        assertEquals(List.of(Assessments.DIMENSION_NOT_ASSESSED), codesAt(findings, "dimensions/HEALTH"));
        assertEquals(List.of(Assessments.NO_PARENT_OR_CARER, Assessments.NO_FATHER_RECORDED),
                codesAt(findings, "familyMembers"));
        assertEquals(List.of(Assessments.CHILD_VOICE_NOT_RECORDED), codesAt(findings, "childsVoice"));
        assertEquals(17, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.source().isPresent()), "every finding names its passage");
    }

    /** "The Assessment Triangle": the three domains, and the twenty dimensions within them. */
    @Test
    void aDimensionWithNothingRecordedIsNotAssessed() {
        Assessment assessment = Assessment.builder(complete().build())
                .dimensions(complete().build().dimensions().stream().filter(f -> f.dimension() != EDUCATION)
                        .toList())
                .addDimension(DimensionFinding.builder(EDUCATION).build())
                .build();

        Finding finding = Assessments.check(assessment).get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("dimensions/EDUCATION", finding.path());
        assertEquals("Education (Child's Developmental Needs) is not yet assessed: record what is working well, the"
                + " worries, or how well the child's needs are met.", finding.message());
        assertEquals("The Assessment Triangle", finding.source().orElseThrow().section());
    }

    /**
     * "Assessing parenting capacity should include the capacity of all parents of the child"; "Parents who
     * do not live with their children will impact on the child's lived experience and should always be
     * considered."
     */
    @Test
    void theCapacityOfAFatherWhoLivesApartMustBeAssessedToo() {
        Assessment assessment = complete().parentingCapacity(List.of(
                ParentingCapacity.of("m-1", facts(AssessmentDomain.PARENTING_CAPACITY)))).build();

        List<Finding> findings = Assessments.check(assessment);
        assertEquals(1, findings.size());
        assertEquals(Assessments.PARENTING_CAPACITY_NOT_ASSESSED, findings.get(0).code());
        assertEquals("parentingCapacity/f-1", findings.get(0).path());
        assertTrue(findings.get(0).message().contains("parent or carer (father)"), findings.get(0).message());
        assertTrue(findings.get(0).isError());
    }

    @Test
    void aParentsCapacityAssessedInPartNamesEachDimensionLeft() {
        List<DimensionFinding> some = facts(AssessmentDomain.PARENTING_CAPACITY).stream()
                .filter(f -> f.dimension() != STIMULATION && f.dimension() != ENSURING_SAFETY).toList();
        Assessment assessment = complete().parentingCapacity(List.of(ParentingCapacity.of("m-1", some),
                ParentingCapacity.of("f-1", facts(AssessmentDomain.PARENTING_CAPACITY)))).build();

        assertEquals(List.of("parentingCapacity/m-1/ENSURING_SAFETY", "parentingCapacity/m-1/STIMULATION"),
                Assessments.check(assessment).stream().map(Finding::path).toList());
    }

    @Test
    void aMemberWithoutAParentingRoleNeedsNoCapacityAssessment() {
        Assessment assessment = complete().addFamilyMember(FamilyMember.of("g-1", FamilyRelationship.GRANDPARENT))
                .build();
        assertEquals(List.of(), Assessments.check(assessment));
    }

    /**
     * "The importance of identifying any adults, including fathers, who have parenting or caring roles cannot
     * be underestimated."
     */
    @Test
    void noFatherRecordedIsAQuery() {
        Assessment assessment = complete().familyMembers(List.of(MOTHER))
                .parentingCapacity(List.of(ParentingCapacity.of("m-1", facts(AssessmentDomain.PARENTING_CAPACITY))))
                .build();

        List<Finding> findings = Assessments.check(assessment);
        assertEquals(List.of(Assessments.NO_FATHER_RECORDED), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertEquals("Whole Family Working", findings.get(0).source().orElseThrow().section());
    }

    /** "Use of observation to access the voice and lived experience of the child." */
    @Test
    void noRecordedVoiceOfABornChildIsAnError() {
        Finding finding = Assessments.check(complete().childsVoice(List.of()).build()).get(0);
        assertEquals(Assessments.CHILD_VOICE_NOT_RECORDED, finding.code());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Capturing a baby's perspective", finding.source().orElseThrow().section());
    }

    /** "Not all children may be able to have their voices heard: Think about unborn babies." */
    @Test
    void noRecordedVoiceOfAnUnbornBabyIsAQuery() {
        Assessment assessment = complete().child(Child.unborn("u-1", LocalDate.of(2017, 5, 1))).childsVoice(List.of())
                .build();
        Finding finding = Assessments.check(assessment).get(0);
        assertEquals(Assessments.CHILD_VOICE_NOT_RECORDED, finding.code());
        assertEquals(Severity.QUERY, finding.severity());
    }

    /** "Ensuring that information used to inform the assessment is accurate and that fact is distinguished from opinion." */
    @Test
    void opinionsWithNoFactBesideThemInADomainAreAQuery() {
        List<DimensionFinding> others = new ArrayList<>(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS.dimensions()
                .stream().map(AssessmentsTest::opinion).toList());
        others.addAll(facts(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS));
        Assessment assessment = complete().dimensions(others).build();

        List<Finding> findings = Assessments.check(assessment);
        assertEquals(1, findings.size());
        assertEquals(Assessments.OPINION_WITHOUT_FACT, findings.get(0).code());
        assertEquals("domains/CHILDS_DEVELOPMENTAL_NEEDS", findings.get(0).path());
        assertEquals(Severity.QUERY, findings.get(0).severity());
    }

    @Test
    void oneFactInTheDomainIsEnoughBesideTheOpinions() {
        List<DimensionFinding> others = new ArrayList<>(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS.dimensions()
                .stream().map(d -> d == HEALTH ? fact(d) : opinion(d)).toList());
        others.addAll(facts(AssessmentDomain.FAMILY_AND_ENVIRONMENTAL_FACTORS));
        assertEquals(List.of(), Assessments.check(complete().dimensions(others).build()));
    }

    @Test
    void opinionsAboutOneParentNeedAFactAboutThatParent() {
        List<DimensionFinding> opinions = AssessmentDomain.PARENTING_CAPACITY.dimensions().stream()
                .map(AssessmentsTest::opinion).toList();
        Assessment assessment = complete().parentingCapacity(List.of(
                ParentingCapacity.of("m-1", facts(AssessmentDomain.PARENTING_CAPACITY)),
                ParentingCapacity.of("f-1", opinions))).build();

        List<Finding> findings = Assessments.check(assessment);
        assertEquals(List.of("parentingCapacity/f-1"), findings.stream().map(Finding::path).toList());
        assertEquals(Assessments.OPINION_WITHOUT_FACT, findings.get(0).code());
    }

    @Test
    void messagesNameRelationshipsNeverNames() {
        FamilyMember named = FamilyMember.builder().from(FATHER).name("Dexter Nobody-Real").build();
        Assessment assessment = complete().familyMembers(List.of(MOTHER, named)).parentingCapacity(List.of()).build();
        Assessments.check(assessment).forEach(f -> assertFalse(f.toString().contains("Dexter"), f::toString));
    }

    // the threshold question

    /**
     * "See the toolbox for the Descriptors of Need tool which has been designed against the assessment
     * triangle": the indicators recorded against dimensions are the question's concerns.
     */
    @Test
    void theIndicatorsRecordedAgainstDimensionsAreTheQuestionsConcerns() {
        NeedIndicator history = NeedIndicator.of(FAMILY_HISTORY_AND_FUNCTIONING, LevelOfNeed.COMPLEX, "Siblings");
        NeedIndicator mothersSafety = NeedIndicator.of(ENSURING_SAFETY, LevelOfNeed.COMPLEX);
        NeedIndicator fathersCare = NeedIndicator.of(BASIC_CARE, LevelOfNeed.ADDITIONAL);
        Assessment assessment = complete()
                .dimensions(List.of(DimensionFinding.builder(FAMILY_HISTORY_AND_FUNCTIONING).addIndicator(history)
                        .level(LevelOfNeed.COMPLEX).build()))
                .parentingCapacity(List.of(
                        ParentingCapacity.of("m-1", List.of(DimensionFinding.builder(ENSURING_SAFETY)
                                .addIndicator(mothersSafety).build())),
                        ParentingCapacity.of("f-1", List.of(DimensionFinding.builder(BASIC_CARE)
                                .addIndicator(fathersCare).build()))))
                .build();

        ThresholdQuestion question = Assessments.thresholdQuestion(assessment);
        assertEquals(BABY, question.child());
        assertEquals(List.of(fathersCare, mothersSafety, history), question.indicators(),
                "in the order of the twenty dimensions, parent by parent");
        assertFalse(question.neglectKnownOrSuspected());
        ThresholdGuidance guidance = ThresholdGuide.norfolk2023().assess(question);
        assertEquals(LevelOfNeed.COMPLEX, guidance.level());
    }

    @Test
    void aJudgedLevelWithNoIndicatorAtItBecomesAnIndicatorWithoutWording() {
        Assessment assessment = draft().addDimensions(
                DimensionFinding.builder(HOUSING).level(LevelOfNeed.ADDITIONAL).build(),
                DimensionFinding.builder(HEALTH).level(LevelOfNeed.UNIVERSAL).build(),
                DimensionFinding.builder(EDUCATION).level(LevelOfNeed.ADDITIONAL)
                        .addIndicator(NeedIndicator.of(EDUCATION, LevelOfNeed.COMPLEX)).build())
                .build();

        assertEquals(List.of(NeedIndicator.of(EDUCATION, LevelOfNeed.COMPLEX),
                NeedIndicator.of(HOUSING, LevelOfNeed.ADDITIONAL)),
                Assessments.thresholdQuestion(assessment).indicators());
    }

    /**
     * "We have a local assessment tool, the Norfolk Graded Care Profile (NGCP) that is mandated for using in
     * cases where neglect is known or suspected."
     */
    @Test
    void anAssessmentThatShowsNeglectLeadsToTheGradedCareProfileReason() {
        ThresholdQuestion question = Assessments.thresholdQuestion(complete().neglectKnownOrSuspected(true).build());
        assertTrue(question.neglectKnownOrSuspected());
        assertEquals(Set.of(NeglectBasis.ASSESSMENT), question.neglectBases());
        assertTrue(reasons(question).contains(GuidanceCode.GRADED_CARE_PROFILE));
    }

    @Test
    void aGradedCareSnapshotThatShowsNeglectSetsTheFlagToo() {
        GradedCareProfile gcp = GradedCareProfiles.gcp2Structure();
        GradedCareSnapshot neglect = GradedCareSnapshot.builder(gcp, "baby-1", DAY)
                .addGrade(AreaGrade.of("physical-care", 4)).build();
        GradedCareSnapshot goodCare = GradedCareSnapshot.builder(gcp, "baby-1", DAY)
                .addGrade(AreaGrade.of("physical-care", 1)).addGrade(AreaGrade.of("love", 2)).build();
        Assessment assessment = complete().build();

        assertTrue(Assessments.thresholdQuestion(assessment, neglect, gcp).neglectKnownOrSuspected());
        assertFalse(Assessments.thresholdQuestion(assessment, goodCare, gcp).neglectKnownOrSuspected());
        assertTrue(reasons(Assessments.thresholdQuestion(assessment, neglect, gcp))
                .contains(GuidanceCode.GRADED_CARE_PROFILE));
        assertEquals(Set.of(NeglectBasis.GRADED_CARE_PROFILE),
                Assessments.thresholdQuestion(assessment, neglect, gcp).neglectBases());
    }

    @Test
    void aSnapshotOfAnotherChildOrProfileIsRejected() {
        GradedCareProfile gcp = GradedCareProfiles.gcp2Structure();
        GradedCareSnapshot other = GradedCareSnapshot.builder(gcp, "someone-else", DAY).build();
        assertThrows(IllegalArgumentException.class,
                () -> Assessments.thresholdQuestion(complete().build(), other, gcp));
        GradedCareSnapshot otherVersion = GradedCareSnapshot.builder().from(GradedCareSnapshot.builder(gcp, "baby-1", DAY)
                .build()).profileVersion("another").build();
        assertThrows(IllegalArgumentException.class,
                () -> Assessments.thresholdQuestion(complete().build(), otherVersion, gcp));
    }

    private static List<GuidanceCode> reasons(ThresholdQuestion question) {
        return ThresholdGuide.norfolk2023().assess(question).reasons().stream().map(GuidanceStatement::code)
                .toList();
    }
}
