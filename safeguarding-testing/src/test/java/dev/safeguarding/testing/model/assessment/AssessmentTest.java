package dev.safeguarding.testing.model.assessment;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.FactOrOpinion;
import dev.safeguarding.model.assessment.MyWorldItem;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import static dev.safeguarding.model.need.AssessmentDimension.BASIC_CARE;
import static dev.safeguarding.model.need.AssessmentDimension.EMOTIONAL_WARMTH;
import static dev.safeguarding.model.need.AssessmentDimension.HEALTH;
import static dev.safeguarding.model.need.AssessmentDimension.HOUSING;
import static dev.safeguarding.model.need.AssessmentDimension.STIMULATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentTest {

    private static final Child BABY = Child.born("baby-1", LocalDate.of(2016, 12, 1));
    private static final FamilyMember MOTHER = FamilyMember.of("m-1", FamilyRelationship.MOTHER);
    private static final FamilyMember FATHER = FamilyMember.builder().id("f-1").relationship(FamilyRelationship.FATHER)
            .livesWithChild(false).build();
    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 9);

    private static Assessment.Builder draft() {
        return Assessment.builder().id("a-1").child(BABY).startedOn(DAY);
    }

    private static DimensionFinding worry(AssessmentDimension dimension) {
        return DimensionFinding.builder(dimension).addWorry(AssessmentStatement.fact("Seen", VISITOR, DAY)).build();
    }

    private static String fieldRejected(Supplier<?> build) {
        return assertThrows(InvalidValueException.class, build::get).field();
    }

    @Test
    void aDraftNeedsOnlyAnIdentifierTheChildAndAStartDate() {
        Assessment draft = draft().build();
        assertEquals(List.of(), draft.allFindings());
        assertFalse(draft.neglectKnownOrSuspected());
    }

    @Test
    void parentingCapacityIsRecordedPerParentNeverAmongTheOtherDimensions() {
        assertEquals("dimensions", fieldRejected(() -> draft().addDimension(worry(BASIC_CARE)).build()));
        assertEquals("dimensions", fieldRejected(() -> ParentingCapacity.of("m-1", List.of(worry(HEALTH)))));
    }

    @Test
    void aDimensionIsRecordedOnceOnly() {
        assertEquals("dimensions", fieldRejected(() -> draft().addDimensions(worry(HEALTH), worry(HEALTH)).build()));
        assertEquals("dimensions", fieldRejected(() -> ParentingCapacity.of("m-1",
                List.of(worry(BASIC_CARE), worry(BASIC_CARE)))));
    }

    @Test
    void parentingCapacityIsOfAFamilyMemberOfTheAssessmentOnce() {
        ParentingCapacity mothers = ParentingCapacity.of("m-1", List.of(worry(BASIC_CARE)));
        assertEquals("parentingCapacity", fieldRejected(() -> draft().addParentingCapacity(mothers).build()));
        assertEquals("parentingCapacity", fieldRejected(() -> draft().addFamilyMember(MOTHER)
                .addParentingCapacity(mothers, mothers).build()));
        assertEquals("familyMembers", fieldRejected(() -> draft().addFamilyMembers(MOTHER, MOTHER).build()));
    }

    @Test
    void indicatorsOfAFindingAreOnItsDimension() {
        assertEquals("indicators", fieldRejected(() -> DimensionFinding.builder(HEALTH)
                .addIndicator(NeedIndicator.of(HOUSING, LevelOfNeed.ADDITIONAL)).build()));
        assertEquals("indicators", fieldRejected(() -> DimensionFinding.builder(HEALTH)
                .addIndicator(NeedIndicator.of(AssessmentDomain.CHILDS_DEVELOPMENTAL_NEEDS, LevelOfNeed.ADDITIONAL))
                .build()));
    }

    @Test
    void blankTextIsRejected() {
        assertEquals("text", fieldRejected(() -> AssessmentStatement.opinion(" ", VISITOR, DAY)));
        assertEquals("text", fieldRejected(() -> ChildsView.of(VoiceMethod.OBSERVATION, "", VISITOR, DAY)));
        assertEquals("agencyId", fieldRejected(() -> AssessmentStatement.builder().text("x")
                .factOrOpinion(FactOrOpinion.FACT).contributor(VISITOR).date(DAY).agencyId("").build()));
    }

    @Test
    void aFindingWithNothingRecordedIsNotAnAssessmentOfItsDimension() {
        assertFalse(DimensionFinding.builder(HEALTH).build().isAssessed());
        assertTrue(DimensionFinding.builder(HEALTH).level(LevelOfNeed.UNIVERSAL).build().isAssessed());
        assertTrue(worry(HEALTH).isAssessed());
    }

    @Test
    void findingsForADimensionOfParentingCapacityAreOnePerParentInTheirOrder() {
        DimensionFinding mothersWarmth = worry(EMOTIONAL_WARMTH);
        DimensionFinding fathersWarmth = DimensionFinding.builder(EMOTIONAL_WARMTH).level(LevelOfNeed.ADDITIONAL)
                .build();
        Assessment assessment = draft().addFamilyMembers(MOTHER, FATHER)
                .addParentingCapacity(ParentingCapacity.of("m-1", List.of(mothersWarmth)))
                .addParentingCapacity(ParentingCapacity.of("f-1", List.of(fathersWarmth, worry(STIMULATION))))
                .addDimension(worry(HEALTH))
                .build();

        assertEquals(List.of(mothersWarmth, fathersWarmth), assessment.findingsFor(EMOTIONAL_WARMTH));
        assertEquals(List.of(worry(HEALTH)), assessment.findingsFor(HEALTH));
        assertEquals(List.of(), assessment.findingsFor(HOUSING));
        assertEquals(List.of(MOTHER, FATHER), assessment.parentsAndCarers());
        assertEquals(4, assessment.allFindings().size());
        assertEquals(HEALTH, assessment.allFindings().get(0).dimension(), "in the order of the twenty dimensions");
    }

    @Test
    void aMyWorldItemShowsTheFindingsOfTheDimensionsItCovers() {
        DimensionFinding warmth = worry(EMOTIONAL_WARMTH);
        Assessment assessment = draft().addFamilyMember(MOTHER)
                .addParentingCapacity(ParentingCapacity.of("m-1", List.of(warmth, worry(BASIC_CARE))))
                .addDimension(worry(HOUSING))
                .build();

        assertEquals(List.of(worry(BASIC_CARE), warmth), assessment.findingsFor(MyWorldItem.EVERYDAY_CARE_AND_HELP));
        assertEquals(List.of(worry(HOUSING)), assessment.findingsFor(MyWorldItem.COMFORTABLE_AND_SAFE_HOUSING));
        assertEquals(List.of(), assessment.findingsFor(MyWorldItem.ENOUGH_MONEY));
    }

    @Test
    void toStringNeverShowsNamesDatesOrText() {
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            String text = assessment.toString();
            assessment.child().name().ifPresent(n -> assertFalse(text.contains(n), "child's name"));
            assessment.child().dateOfBirth().ifPresent(d -> assertFalse(text.contains(d.toString()), "date of birth"));
            assertFalse(text.contains(assessment.startedOn().toString()), "start date");
            assessment.familyMembers().forEach(m -> m.name().ifPresent(n -> assertFalse(text.contains(n), "name")));
            for (DimensionFinding finding : assessment.allFindings()) {
                finding.statements().forEach(s -> assertFalse(text.contains(s.text()), "statement"));
                finding.statements().forEach(s -> assertFalse(s.toString().contains(s.text()), "statement"));
                finding.indicators().forEach(i -> i.description().ifPresent(d -> assertFalse(text.contains(d))));
            }
            assessment.childsVoice().forEach(v -> assertFalse(text.contains(v.text()), "child's voice"));
            assessment.childsVoice().forEach(v -> assertFalse(v.toString().contains(v.text()), "child's voice"));
        });
    }

    @Test
    void aStatementShowsItsShapeOnly() {
        AssessmentStatement statement = AssessmentStatement.builder().text("Mother said she feels low")
                .factOrOpinion(FactOrOpinion.FACT).contributor(VISITOR).agencyId("nchc").date(DAY)
                .prompt(ObservationPrompt.PARENT_RESPONDS_TO_CUES).build();
        assertEquals("AssessmentStatement{FACT, PRACTITIONER hv-1, agency nchc, PARENT_RESPONDS_TO_CUES}",
                statement.toString());
        assertTrue(statement.isFact());
    }
}
