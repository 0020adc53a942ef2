package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.roundTripsExactly;
import static dev.safeguarding.json.Docs.JSON;
import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.readFails;
import static dev.safeguarding.json.Docs.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.ChangeDirection;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.FactOrOpinion;
import dev.safeguarding.model.assessment.GradeDescription;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.MyWorldItem;
import dev.safeguarding.model.assessment.MyWorldSide;
import dev.safeguarding.model.assessment.NeedDescriptor;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
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
import dev.safeguarding.rules.assessment.DescriptorCatalogues;
import dev.safeguarding.rules.assessment.GradedCareProfiles;
import dev.safeguarding.rules.flourish.FlourishProfiles;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the assessment and Flourish types: exact round trips over their generators, the format of a
 * partnership's own descriptors catalogue and graded care profile, and bad input at its exact pointer.
 */
class AssessmentJsonTest {

    private static final Contributor VISITOR = Contributor.of(ContributorKind.PRACTITIONER, "hv-1");
    private static final LocalDate DAY = LocalDate.of(2017, 3, 9);

    /** A small assessment with something at every level of nesting. */
    private static final Assessment ASSESSMENT = Assessment.builder()
            .id("a-1")
            .child(Child.born("baby-1", LocalDate.of(2016, 12, 1)))
            .startedOn(DAY)
            .addFamilyMember(FamilyMember.of("m-1", FamilyRelationship.MOTHER))
            .addDimension(DimensionFinding.builder(AssessmentDimension.HEALTH)
                    .addWorkingWell(AssessmentStatement.fact("Gaining weight", VISITOR, DAY))
                    .level(LevelOfNeed.UNIVERSAL)
                    .build())
            .addParentingCapacity(ParentingCapacity.of("m-1", List.of(
                    DimensionFinding.builder(AssessmentDimension.EMOTIONAL_WARMTH)
                            .addWorry(AssessmentStatement.opinion("Low in mood", VISITOR, DAY))
                            .addIndicator(NeedIndicator.of(AssessmentDimension.EMOTIONAL_WARMTH, LevelOfNeed.ADDITIONAL))
                            .build())))
            .addChildsVoice(ChildsView.of(VoiceMethod.OBSERVATION, "Grins at her mother", VISITOR, DAY))
            .build();


    // round trips

    @Test
    void assessmentsAtEveryStageRoundTripExactly() {
        roundTripsExactly(AssessmentGen.assessments(), Assessment.class);
    }

    @Test
    void partsOfAnAssessmentRoundTripExactly() {
        roundTripsExactly(AssessmentGen.statements(), AssessmentStatement.class);
        roundTripsExactly(AssessmentGen.childsViews(), ChildsView.class);
        roundTripsExactly(AssessmentGen.dimensionFindings(), DimensionFinding.class);
        roundTripsExactly(AssessmentGen.parentingCapacities(), ParentingCapacity.class);
    }

    @Test
    void indicatorsWithAndWithoutADimensionRoundTripExactly() {
        roundTripsExactly(AssessmentGen.needIndicators(), NeedIndicator.class);
    }

    @Test
    void descriptorsAndCataloguesRoundTripExactly() {
        roundTripsExactly(AssessmentGen.needDescriptors(), NeedDescriptor.class);
        roundTripsExactly(AssessmentGen.descriptorCatalogues(), DescriptorCatalogue.class);
        assertEquals(DescriptorCatalogues.illustrativeExample(),
                JSON.read(JSON.write(DescriptorCatalogues.illustrativeExample()), DescriptorCatalogue.class));
    }

    @Test
    void gradedCareProfilesSnapshotsAndChangesRoundTripExactly() {
        roundTripsExactly(AssessmentGen.careAreas(), CareArea.class);
        roundTripsExactly(AssessmentGen.gradedCareProfiles(), GradedCareProfile.class);
        roundTripsExactly(AssessmentGen.areaGrades(), AreaGrade.class);
        roundTripsExactly(AssessmentGen.gradedCareSnapshots(), GradedCareSnapshot.class);
        roundTripsExactly(AssessmentGen.areaChanges(), AreaChange.class);
        roundTripsExactly(AssessmentGen.gradedCareChanges(), GradedCareChange.class);
        roundTripsExactly(random -> GradeDescription.of(Gen.ints(1, 10).generate(random),
                Gen.text(1, 40).generate(random)), GradeDescription.class);
        assertEquals(GradedCareProfiles.gcp2Structure(),
                JSON.read(JSON.write(GradedCareProfiles.gcp2Structure()), GradedCareProfile.class));
    }

    @Test
    void flourishProfilesRoundTripExactly() {
        roundTripsExactly(AssessmentGen.flourishEntries(), FlourishEntry.class);
        roundTripsExactly(AssessmentGen.flourishProfiles(), FlourishProfile.class);
        Property.forAll(AssessmentGen.assessments(), assessment -> {
            FlourishProfile profile = FlourishProfiles.from(assessment, DAY);
            assertEquals(profile, JSON.read(JSON.write(profile), FlourishProfile.class));
        });
    }

    @ParameterizedTest
    @ValueSource(classes = {AssessmentDimension.class, FactOrOpinion.class, VoiceMethod.class, ObservationPrompt.class,
        MyWorldSide.class, MyWorldItem.class, ChangeDirection.class, FlourishDomain.class})
    void everyConstantOfEveryNewEnumIsWrittenAsItsNameAndRoundTrips(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()), constant -> {
            String text = JSON.write(constant);
            assertEquals("\"" + ((Enum<?>) constant).name() + "\"", text);
            assertEquals(constant, JSON.read(text, type));
        });
    }

    // the format

    /** Indicators without a dimension keep the JSON they had; a dimension is one more property. */
    @Test
    void anIndicatorsDimensionIsAnOptionalPropertyAfterTheOthers() {
        assertEquals(json("{'domain':'PARENTING_CAPACITY','level':'COMPLEX'}"),
                JSON.write(NeedIndicator.of(AssessmentDomain.PARENTING_CAPACITY, LevelOfNeed.COMPLEX)));
        assertEquals(json("{'domain':'PARENTING_CAPACITY','level':'COMPLEX','description':'Often hungry',"
                        + "'dimension':'BASIC_CARE'}"),
                JSON.write(NeedIndicator.of(AssessmentDimension.BASIC_CARE, LevelOfNeed.COMPLEX, "Often hungry")));
    }

    @Test
    void anAssessmentHasThisExactJson() {
        String expected = json("{'id':'a-1','child':{'id':'baby-1','dateOfBirth':'2016-12-01'},"
                + "'startedOn':'2017-03-09',"
                + "'familyMembers':[{'id':'m-1','relationship':'MOTHER','parentOrCarer':true,'livesWithChild':true}],"
                + "'dimensions':[{'dimension':'HEALTH','workingWell':[{'text':'Gaining weight','factOrOpinion':'FACT',"
                + "'contributor':{'kind':'PRACTITIONER','id':'hv-1'},'date':'2017-03-09'}],'worries':[],"
                + "'level':'UNIVERSAL','indicators':[]}],"
                + "'parentingCapacity':[{'parentOrCarerId':'m-1','dimensions':[{'dimension':'EMOTIONAL_WARMTH',"
                + "'workingWell':[],'worries':[{'text':'Low in mood','factOrOpinion':'OPINION',"
                + "'contributor':{'kind':'PRACTITIONER','id':'hv-1'},'date':'2017-03-09'}],"
                + "'indicators':[{'domain':'PARENTING_CAPACITY','level':'ADDITIONAL','dimension':'EMOTIONAL_WARMTH'}]}]}],"
                + "'childsVoice':[{'text':'Grins at her mother','method':'OBSERVATION',"
                + "'recordedBy':{'kind':'PRACTITIONER','id':'hv-1'},'date':'2017-03-09'}],"
                + "'neglectKnownOrSuspected':false}");
        assertEquals(expected, JSON.write(ASSESSMENT));
        assertEquals(ASSESSMENT, JSON.read(expected, Assessment.class));
    }

    @Test
    void aDraftAssessmentNeedsOnlyItsIdentifierChildAndStartDate() {
        Assessment draft = JSON.read(json("{'id':'a-1','child':{'id':'u-1','expectedDateOfDelivery':'2017-05-01'},"
                + "'startedOn':'2017-03-09'}"), Assessment.class);
        assertEquals(List.of(), draft.allFindings());
        assertFalse(draft.neglectKnownOrSuspected());
    }

    /** A partnership loads its own descriptors of need: {@code json.read(text, DescriptorCatalogue.class)}. */
    @Test
    void aPartnershipsOwnCatalogueIsLoadedFromJson() {
        String text = json("{'id':'somewhere-2024','name':'Somewhere Descriptors of Need (2024)',"
                + "'source':{'document':'Somewhere Safeguarding Partnership, Threshold Document (2024)',"
                + "'section':'Descriptors'},"
                + "'descriptors':[{'id':'h-2','dimension':'HEALTH','level':'ADDITIONAL','wording':'Misses checks'},"
                + "{'id':'h-3','dimension':'HEALTH','level':'COMPLEX','wording':'Health needs unmet'}]}");

        DescriptorCatalogue catalogue = JSON.read(text, DescriptorCatalogue.class);

        assertFalse(catalogue.illustrative(), "absent means not illustrative");
        assertEquals(NeedIndicator.of(AssessmentDimension.HEALTH, LevelOfNeed.COMPLEX, "Health needs unmet"),
                catalogue.indicator("h-3"));
        assertTrue(JSON.write(catalogue).contains(json("'illustrative':false")));
    }

    @Test
    void aPartnershipsGradedCareProfileIsLoadedFromJsonWithTheDefaultScale() {
        GradedCareProfile profile = JSON.read(json("{'id':'somewhere-gcp','version':'2024','name':'Our profile',"
                + "'source':{'document':'Ours','section':'All'},'areas':[{'id':'physical','name':'Physical care'}],"
                + "'neglectFromGrade':4}"), GradedCareProfile.class);
        assertEquals(5, profile.worstGrade());
        assertEquals(List.of(), profile.area("physical").orElseThrow().subAreas());
    }

    @Test
    void derivedValuesAreNotWritten() {
        GradedCareChange change = GradedCareChange.builder().childId("c").profileId("p").profileVersion("1")
                .fromDate(DAY).toDate(DAY).addArea(AreaChange.of("a", 4, 2)).build();
        assertEquals(json("{'childId':'c','profileId':'p','profileVersion':'1','fromDate':'2017-03-09',"
                + "'toDate':'2017-03-09','areas':[{'areaId':'a','fromGrade':4,'toGrade':2}],'areasNotCompared':[]}"),
                JSON.write(change));
    }

    // bad input, at its exact pointer

    @Test
    void unknownDimensionListsTheTwenty() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("dimensions").get(0)).put("dimension", "HAPPINESS");
        failsAt("/dimensions/0/dimension", "not a known AssessmentDimension; expected one of: HEALTH, EDUCATION,",
                assessment.toString(), Assessment.class);
    }

    @Test
    void parentingCapacityAmongTheOtherDimensionsBreaksTheModelsRule() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("dimensions").get(0)).put("dimension", "BASIC_CARE");
        SafeguardingJsonException e = failsAt("/dimensions", "must not hold dimensions of parenting capacity",
                assessment.toString(), Assessment.class);
        assertInstanceOf(InvalidValueException.class, e.getCause());
    }

    @Test
    void capacityOfSomeoneWhoIsNotAFamilyMember() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("parentingCapacity").get(0)).put("parentOrCarerId", "f-9");
        failsAt("/parentingCapacity", "must each be of a member of familyMembers", assessment.toString(),
                Assessment.class);
    }

    @Test
    void indicatorOnAnotherDimensionThanItsFinding() {
        ObjectNode assessment = tree(ASSESSMENT);
        ObjectNode indicator = (ObjectNode) assessment.get("parentingCapacity").get(0).get("dimensions").get(0)
                .get("indicators").get(0);
        indicator.put("dimension", "STABILITY");
        failsAt("/parentingCapacity/0/dimensions/0/indicators", "must each be on the dimension of the finding",
                assessment.toString(), Assessment.class);
    }

    @Test
    void indicatorWhoseDimensionIsNotInItsDomain() {
        failsAt("/dimension", "must be a dimension of the indicator's domain",
                json("{'domain':'PARENTING_CAPACITY','level':'COMPLEX','dimension':'HOUSING'}"), NeedIndicator.class);
    }

    @Test
    void statementWithoutFactOrOpinionDeepInAParentsCapacity() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("parentingCapacity").get(0).get("dimensions").get(0).get("worries").get(0))
                .remove("factOrOpinion");
        failsAt("/parentingCapacity/0/dimensions/0/worries/0/factOrOpinion", "required, but missing",
                assessment.toString(), Assessment.class);
    }

    @Test
    void unknownContributorKindAtTheDeepestLevel() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("parentingCapacity").get(0).get("dimensions").get(0).get("worries").get(0)
                .get("contributor")).put("kind", "NEIGHBOUR");
        failsAt("/parentingCapacity/0/dimensions/0/worries/0/contributor/kind",
                "not a known ContributorKind; expected one of: CHILD, FAMILY_MEMBER, PRACTITIONER",
                assessment.toString(), Assessment.class);
    }

    @Test
    void unknownVoiceMethodAndPrompt() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("childsVoice").get(0)).put("method", "TELEPATHY");
        failsAt("/childsVoice/0/method", "not a known VoiceMethod", assessment.toString(), Assessment.class);
        ObjectNode again = tree(ASSESSMENT);
        ((ObjectNode) again.get("childsVoice").get(0)).put("prompt", "CHILD_SMILES");
        failsAt("/childsVoice/0/prompt", "not a known ObservationPrompt", again.toString(), Assessment.class);
    }

    @Test
    void catalogueWithTwoLinesOfOneIdentifier() {
        ObjectNode catalogue = tree(DescriptorCatalogues.illustrativeExample());
        ArrayNode descriptors = (ArrayNode) catalogue.get("descriptors");
        descriptors.add(descriptors.get(0).deepCopy());
        failsAt("/descriptors", "must not hold two descriptors with one id", catalogue.toString(),
                DescriptorCatalogue.class);
    }

    @Test
    void descriptorWithoutWording() {
        ObjectNode catalogue = tree(DescriptorCatalogues.illustrativeExample());
        ((ObjectNode) catalogue.get("descriptors").get(2)).put("wording", " ");
        failsAt("/descriptors/2/wording", "must not be blank", catalogue.toString(), DescriptorCatalogue.class);
    }

    @Test
    void profileWhoseNeglectGradeIsOffItsScale() {
        ObjectNode profile = tree(GradedCareProfiles.gcp2Structure()).put("neglectFromGrade", 6);
        failsAt("/neglectFromGrade", "must be between 2 and 5", profile.toString(), GradedCareProfile.class);
    }

    @Test
    void gradeThatIsNotAWholeNumber() {
        String snapshot = json("{'childId':'c','profileId':'p','profileVersion':'1','date':'2017-03-09',"
                + "'grades':[{'areaId':'love','grade':'3'}]}");
        failsAt("/grades/0/grade", "expected a whole number, found a string", snapshot, GradedCareSnapshot.class);
        failsAt("/grades/0/grade", "expected a whole number, found a number with a fraction",
                snapshot.replace("\"3\"", "2.5"), GradedCareSnapshot.class);
    }

    @Test
    void changeThatRunsBackwards() {
        failsAt("/toDate", "must not be before fromDate", json("{'childId':'c','profileId':'p','profileVersion':'1',"
                + "'fromDate':'2017-06-01','toDate':'2017-03-01','areas':[{'areaId':'a','fromGrade':2,'toGrade':1}]}"),
                GradedCareChange.class);
    }

    @Test
    void flourishProfileWithADomainTwiceOrUnknown() {
        String text = json("{'childId':'c','date':'2017-03-09','entries':[{'domain':'HEALTHY'},{'domain':'HEALTHY'}]}");
        failsAt("/entries", "must hold each domain at most once", text, FlourishProfile.class);
        failsAt("/entries/1/domain", "not a known FlourishDomain; expected one of: FAMILY_AND_FRIENDS, LEARNING,",
                text.replace("HEALTHY\"}]", "HAPPY\"}]"), FlourishProfile.class);
    }

    @Test
    void unknownPropertyOfAFindingListsTheKnownOnes() {
        ObjectNode assessment = tree(ASSESSMENT);
        ((ObjectNode) assessment.get("dimensions").get(0)).put("score", 7);
        failsAt("/dimensions/0/score", "unknown property; expected one of: dimension, workingWell, worries, level,"
                + " indicators", assessment.toString(), Assessment.class);
        assertEquals(ASSESSMENT, SafeguardingJson.lenient().read(assessment.toString(), Assessment.class));
    }

    @Test
    void recordedTextIsNeverInTheError() {
        String statement = "Mother says the father shouted at Alice";
        ObjectNode assessment = tree(ASSESSMENT);
        ObjectNode worry = (ObjectNode) assessment.get("parentingCapacity").get(0).get("dimensions").get(0)
                .get("worries").get(0);
        worry.put("text", statement).put("factOrOpinion", statement);
        SafeguardingJsonException e = readFails(JSON, assessment.toString(), Assessment.class);
        assertEquals("/parentingCapacity/0/dimensions/0/worries/0/factOrOpinion", e.path());
        assertFalse(e.getMessage().contains("Alice"), e::getMessage);
        ObjectNode voice = tree(ASSESSMENT);
        ((ObjectNode) voice.get("childsVoice").get(0)).putArray("text").add(statement);
        SafeguardingJsonException again = readFails(JSON, voice.toString(), Assessment.class);
        assertEquals("/childsVoice/0/text", again.path());
        assertFalse(again.getMessage().contains("Alice"), again::getMessage);
    }
}
