package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.roundTripsExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.EarlyHelpStep;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.need.ResponseBand;
import dev.safeguarding.model.need.Section47Indicator;
import dev.safeguarding.model.need.SharedLanguageTerm;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.ContributorKind;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.FamilyRelationship;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.Property;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every type of the format reads back exactly what was written, and writing is stable. */
class RoundTripPropertiesTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();


    @Test
    void sourcePassagesRoundTripExactly() {
        roundTripsExactly(ModelGen.sourcePassages(), SourcePassage.class);
    }

    @Test
    void childrenBornAndUnbornRoundTripExactly() {
        roundTripsExactly(ModelGen.children(), Child.class);
    }

    @Test
    void needIndicatorsWithAndWithoutDescriptionRoundTripExactly() {
        roundTripsExactly(ModelGen.needIndicators(), NeedIndicator.class);
    }

    @Test
    void thresholdQuestionsRoundTripExactly() {
        roundTripsExactly(ModelGen.thresholdQuestions(), ThresholdQuestion.class);
    }

    @Test
    void guidanceStatementsRoundTripExactly() {
        roundTripsExactly(ModelGen.guidanceStatements(), GuidanceStatement.class);
    }

    @Test
    void thresholdGuidanceRoundTripsExactly() {
        roundTripsExactly(ModelGen.thresholdGuidance(), ThresholdGuidance.class);
    }

    @Test
    void thresholdProfilesRoundTripExactly() {
        roundTripsExactly(ModelGen.thresholdProfiles(), ThresholdProfile.class);
    }

    @Test
    void findingsRoundTripExactly() {
        roundTripsExactly(ModelGen.findings(), Finding.class);
    }

    @Test
    void agenciesAndPractitionersRoundTripExactly() {
        roundTripsExactly(ModelGen.agencies(), Agency.class);
        roundTripsExactly(ModelGen.practitioners(), Practitioner.class);
    }

    @Test
    void familyMembersAndContributorsRoundTripExactly() {
        roundTripsExactly(ModelGen.familyMembers(), FamilyMember.class);
        roundTripsExactly(ModelGen.contributors(), Contributor.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {LevelOfNeed.class, ResponseBand.class, SharedLanguageTerm.class, Pathway.class,
        EarlyHelpStep.class, Section47Indicator.class, AdditionalNeedsCohort.class, EarlyHelpStatus.class,
        GuidanceCode.class, AssessmentDomain.class, ConsentStatus.class, Severity.class, AgencyType.class,
        FamilyRelationship.class, ContributorKind.class})
    void everyConstantOfEveryEnumRoundTrips(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()), constant -> {
            String text = JSON.write(constant);
            assertEquals(constant, JSON.read(text, type));
            assertEquals(text, JSON.write(JSON.read(text, type)));
        });
    }

    @ParameterizedTest
    @ValueSource(classes = {LevelOfNeed.class, ResponseBand.class, SharedLanguageTerm.class, Pathway.class,
        EarlyHelpStep.class, Section47Indicator.class, AdditionalNeedsCohort.class, EarlyHelpStatus.class,
        AssessmentDomain.class, ConsentStatus.class, Severity.class, AgencyType.class, FamilyRelationship.class,
        ContributorKind.class})
    void enumConstantsAreWrittenAsTheirNames(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()),
                constant -> assertEquals("\"" + ((Enum<?>) constant).name() + "\"", JSON.write(constant)));
    }

    @Test
    void guidanceCodesAreWrittenAsTheirStableCodes() {
        Property.forEvery(List.of(GuidanceCode.values()),
                code -> assertEquals("\"" + code.code() + "\"", JSON.write(code)));
    }
}
