package dev.safeguarding.json;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.assessment.AssessmentStatement;
import dev.safeguarding.model.assessment.CareArea;
import dev.safeguarding.model.assessment.ChildsView;
import dev.safeguarding.model.assessment.DescriptorCatalogue;
import dev.safeguarding.model.assessment.DimensionFinding;
import dev.safeguarding.model.assessment.GradeDescription;
import dev.safeguarding.model.assessment.GradedCareChange;
import dev.safeguarding.model.assessment.GradedCareProfile;
import dev.safeguarding.model.assessment.GradedCareSnapshot;
import dev.safeguarding.model.assessment.NeedDescriptor;
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.ThresholdGuidance;
import dev.safeguarding.model.need.ThresholdProfile;
import dev.safeguarding.model.need.ThresholdQuestion;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.BirthPlanDissemination;
import dev.safeguarding.model.people.Child;
import dev.safeguarding.model.people.Contributor;
import dev.safeguarding.model.people.FamilyMember;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.people.PreBirthAssessment;
import dev.safeguarding.model.people.ProfessionalContact;
import dev.safeguarding.model.people.SafeguardingBirthPlan;
import dev.safeguarding.model.sharing.ChildConsentBasis;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentWithdrawal;
import dev.safeguarding.model.sharing.RecordRequirement;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.testing.AssessmentGen;
import dev.safeguarding.testing.ChronologyGen;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.ModelGen;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.SharingGen;
import dev.safeguarding.testing.SignsOfSafetyGen;
import dev.safeguarding.testing.TimescaleGen;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generator of valid values for every value type of the format, for the tests that hold for all of
 * them (the golden file, the schemas, the mutation fuzzer). A type added to the format needs its line here:
 * {@code everyValueTypeHasAGenerator} fails until it has one.
 */
final class FormatSamples {

    private FormatSamples() {
    }

    /** A generator for each value type (not the enums), in the order the formats declare them. */
    static Map<Class<?>, Gen<?>> generators() {
        Map<Class<?>, Gen<?>> generators = new LinkedHashMap<>();
        generators.put(SourcePassage.class, ModelGen.sourcePassages());
        generators.put(Finding.class, ModelGen.findings());
        generators.put(Child.class, ModelGen.children());
        generators.put(Agency.class, ModelGen.agencies());
        generators.put(Practitioner.class, ModelGen.practitioners());
        generators.put(FamilyMember.class, ModelGen.familyMembers());
        generators.put(Contributor.class, ModelGen.contributors());
        generators.put(NeedIndicator.class, ModelGen.needIndicators());
        generators.put(ThresholdQuestion.class, ModelGen.thresholdQuestions());
        generators.put(GuidanceStatement.class, ModelGen.guidanceStatements());
        generators.put(ThresholdGuidance.class, ModelGen.thresholdGuidance());
        generators.put(ThresholdProfile.class, ModelGen.thresholdProfiles());
        generators.put(TimescaleEvent.class, TimescaleGen.timescaleEvents());
        generators.put(Timescale.class, TimescaleGen.timescales());
        generators.put(AssessmentStatement.class, AssessmentGen.statements());
        generators.put(ChildsView.class, AssessmentGen.childsViews());
        generators.put(DimensionFinding.class, AssessmentGen.dimensionFindings());
        generators.put(ParentingCapacity.class, AssessmentGen.parentingCapacities());
        generators.put(Assessment.class, AssessmentGen.assessments());
        generators.put(NeedDescriptor.class, AssessmentGen.needDescriptors());
        generators.put(DescriptorCatalogue.class, AssessmentGen.descriptorCatalogues());
        generators.put(CareArea.class, AssessmentGen.careAreas());
        generators.put(GradeDescription.class, AssessmentGen.gradedCareProfiles().filter(profile -> !profile.grades().isEmpty()).map(profile -> profile.grades().get(0)));
        generators.put(GradedCareProfile.class, AssessmentGen.gradedCareProfiles());
        generators.put(AreaGrade.class, AssessmentGen.areaGrades());
        generators.put(GradedCareSnapshot.class, AssessmentGen.gradedCareSnapshots());
        generators.put(AreaChange.class, AssessmentGen.areaChanges());
        generators.put(GradedCareChange.class, AssessmentGen.gradedCareChanges());
        generators.put(FlourishEntry.class, AssessmentGen.flourishEntries());
        generators.put(FlourishProfile.class, AssessmentGen.flourishProfiles());
        generators.put(SharingStatement.class, SharingGen.sharingStatements());
        generators.put(SharingProfile.class, SharingGen.sharingProfiles());
        generators.put(SharingQuestion.class, SharingGen.sharingQuestions());
        generators.put(RecordRequirement.class, SharingGen.recordRequirements());
        generators.put(SharingAdvice.class, SharingGen.sharingAdvice());
        generators.put(ConsentScope.class, SharingGen.consentScopes());
        generators.put(ChildConsentBasis.class, SharingGen.childConsentBases());
        generators.put(Consent.class, SharingGen.consents());
        generators.put(ConsentWithdrawal.class, SharingGen.consentWithdrawals());
        generators.put(SharingDecision.class, SharingGen.sharingDecisions());
        generators.put(MapStatement.class, SignsOfSafetyGen.mapStatements());
        generators.put(ScalingQuestion.class, SignsOfSafetyGen.scalingQuestions());
        generators.put(ScalingJudgement.class, SignsOfSafetyGen.scalingJudgements());
        generators.put(ThreeHouses.class, SignsOfSafetyGen.threeHouses());
        generators.put(Observation.class, SignsOfSafetyGen.observations());
        generators.put(SignsOfSafetyMap.class, SignsOfSafetyGen.maps());
        generators.put(ByWhen.class, SignsOfSafetyGen.byWhens());
        generators.put(SafetyPlanRow.class, SignsOfSafetyGen.safetyPlanRows());
        generators.put(SafetyPlan.class, SignsOfSafetyGen.safetyPlans());
        generators.put(JointSupervisionDecision.class, MultiagencyGen.startDates().flatMap(MultiagencyGen::decisions));
        generators.put(JointSupervisionSession.class, MultiagencyGen.startDates().flatMap(MultiagencyGen::sessions));
        generators.put(JointSupervisionRequest.class, MultiagencyGen.requests());
        generators.put(CadsConsultation.class, MultiagencyGen.consultations());
        generators.put(DisagreementStage.class, MultiagencyGen.stages());
        generators.put(ProfessionalDisagreement.class, MultiagencyGen.disagreements());
        generators.put(EscalationProtocol.class, MultiagencyGen.protocols());
        generators.put(ChronologyEntry.class, ChronologyGen.entries());
        generators.put(Chronology.class, ChronologyGen.chronologies());
        generators.put(NeedDecision.class, ChronologyGen.needDecisions());
        generators.put(CaseRecord.class, ChronologyGen.caseRecords());
        generators.put(CaseNote.class, ChronologyGen.caseNotes());
        generators.put(ChronologyPattern.class, ChronologyGen.patterns());
        generators.put(ProfessionalContact.class, ChronologyGen.professionalContacts());
        generators.put(BirthPlanDissemination.class, ChronologyGen.disseminations());
        generators.put(PreBirthAssessment.class, ChronologyGen.preBirthAssessments());
        generators.put(SafeguardingBirthPlan.class, ChronologyGen.birthPlans());
        return generators;
    }
}
