package dev.safeguarding.json;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.assessment.AreaChange;
import dev.safeguarding.model.assessment.AreaGrade;
import dev.safeguarding.model.assessment.Assessment;
import dev.safeguarding.model.assessment.AssessmentDimension;
import dev.safeguarding.model.assessment.AssessmentDomain;
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
import dev.safeguarding.model.assessment.ParentingCapacity;
import dev.safeguarding.model.assessment.VoiceMethod;
import dev.safeguarding.model.chronology.CaseNote;
import dev.safeguarding.model.chronology.CaseNoteHeading;
import dev.safeguarding.model.chronology.CaseRecord;
import dev.safeguarding.model.chronology.Chronology;
import dev.safeguarding.model.chronology.ChronologyEntry;
import dev.safeguarding.model.chronology.ChronologyEntryKind;
import dev.safeguarding.model.chronology.ChronologyPattern;
import dev.safeguarding.model.chronology.NeedDecision;
import dev.safeguarding.model.chronology.PatternKind;
import dev.safeguarding.model.flourish.FlourishDomain;
import dev.safeguarding.model.flourish.FlourishEntry;
import dev.safeguarding.model.flourish.FlourishProfile;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.multiagency.CommunityOfPracticeQuestion;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationPrompt;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.FamilyFeedbackRoute;
import dev.safeguarding.model.multiagency.FamilyNetworkingActivity;
import dev.safeguarding.model.multiagency.FamilyNetworkingPrinciple;
import dev.safeguarding.model.multiagency.FrameworkLevel;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.PlanningMeeting;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.multiagency.ThinkFamilyPrompt;
import dev.safeguarding.model.need.AdditionalNeedsCohort;
import dev.safeguarding.model.need.EarlyHelpStatus;
import dev.safeguarding.model.need.EarlyHelpStep;
import dev.safeguarding.model.need.GuidanceCode;
import dev.safeguarding.model.need.GuidanceStatement;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import dev.safeguarding.model.need.NeglectBasis;
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
import dev.safeguarding.model.prebirth.BirthPlanDissemination;
import dev.safeguarding.model.prebirth.BirthPlanRecipient;
import dev.safeguarding.model.prebirth.PreBirthAssessment;
import dev.safeguarding.model.prebirth.PreBirthTask;
import dev.safeguarding.model.prebirth.ProfessionalContact;
import dev.safeguarding.model.prebirth.SafeguardingBirthPlan;
import dev.safeguarding.model.sharing.ChildConsentBasis;
import dev.safeguarding.model.sharing.Consent;
import dev.safeguarding.model.sharing.ConsentScope;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.sharing.ConsentWithdrawal;
import dev.safeguarding.model.sharing.FraserCriterion;
import dev.safeguarding.model.sharing.GoldenRule;
import dev.safeguarding.model.sharing.PersonAtRisk;
import dev.safeguarding.model.sharing.RecordContent;
import dev.safeguarding.model.sharing.RecordRequirement;
import dev.safeguarding.model.sharing.SharingAction;
import dev.safeguarding.model.sharing.SharingAdvice;
import dev.safeguarding.model.sharing.SharingAdviceCode;
import dev.safeguarding.model.sharing.SharingDecision;
import dev.safeguarding.model.sharing.SharingProfile;
import dev.safeguarding.model.sharing.SharingQuality;
import dev.safeguarding.model.sharing.SharingQuestion;
import dev.safeguarding.model.sharing.SharingStatement;
import dev.safeguarding.model.sharing.WithoutConsentReason;
import dev.safeguarding.model.signsofsafety.BabyCue;
import dev.safeguarding.model.signsofsafety.ByWhen;
import dev.safeguarding.model.signsofsafety.House;
import dev.safeguarding.model.signsofsafety.MapCategory;
import dev.safeguarding.model.signsofsafety.MapStatement;
import dev.safeguarding.model.signsofsafety.Observation;
import dev.safeguarding.model.signsofsafety.ObservationPrompt;
import dev.safeguarding.model.signsofsafety.ObservationSubject;
import dev.safeguarding.model.signsofsafety.PromptAudience;
import dev.safeguarding.model.signsofsafety.QuestionPrompt;
import dev.safeguarding.model.signsofsafety.SafetyPlan;
import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import dev.safeguarding.model.signsofsafety.ScalingExample;
import dev.safeguarding.model.signsofsafety.ScalingJudgement;
import dev.safeguarding.model.signsofsafety.ScalingQuestion;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyMap;
import dev.safeguarding.model.signsofsafety.SignsOfSafetyQuestion;
import dev.safeguarding.model.signsofsafety.ThreeHouses;
import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.DeadlineResult;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where the format's types are registered: a codec for each, found by class. A type
 * added to the model gets its codec here, and a generator in {@code ModelGen} for the round-trip tests.
 */
final class Codecs {

    static final EnumCodec<LevelOfNeed> LEVEL_OF_NEED = EnumCodec.byName(LevelOfNeed.class);
    static final EnumCodec<ResponseBand> RESPONSE_BAND = EnumCodec.byName(ResponseBand.class);
    static final EnumCodec<SharedLanguageTerm> SHARED_LANGUAGE_TERM = EnumCodec.byName(SharedLanguageTerm.class);
    static final EnumCodec<Pathway> PATHWAY = EnumCodec.byName(Pathway.class);
    static final EnumCodec<EarlyHelpStep> EARLY_HELP_STEP = EnumCodec.byName(EarlyHelpStep.class);
    static final EnumCodec<Section47Indicator> SECTION_47_INDICATOR = EnumCodec.byName(Section47Indicator.class);
    static final EnumCodec<AdditionalNeedsCohort> ADDITIONAL_NEEDS_COHORT =
            EnumCodec.byName(AdditionalNeedsCohort.class);
    static final EnumCodec<EarlyHelpStatus> EARLY_HELP_STATUS = EnumCodec.byName(EarlyHelpStatus.class);
    static final EnumCodec<NeglectBasis> NEGLECT_BASIS = EnumCodec.byName(NeglectBasis.class);
    static final EnumCodec<GuidanceCode> GUIDANCE_CODE = EnumCodec.byKey(GuidanceCode.class, GuidanceCode::code);
    static final EnumCodec<AssessmentDomain> ASSESSMENT_DOMAIN = EnumCodec.byName(AssessmentDomain.class);
    static final EnumCodec<ConsentStatus> CONSENT_STATUS = EnumCodec.byName(ConsentStatus.class);
    static final EnumCodec<Severity> SEVERITY = EnumCodec.byName(Severity.class);
    static final EnumCodec<AgencyType> AGENCY_TYPE = EnumCodec.byName(AgencyType.class);
    static final EnumCodec<FamilyRelationship> FAMILY_RELATIONSHIP = EnumCodec.byName(FamilyRelationship.class);
    static final EnumCodec<ContributorKind> CONTRIBUTOR_KIND = EnumCodec.byName(ContributorKind.class);
    static final EnumCodec<TimescaleUnit> TIMESCALE_UNIT = EnumCodec.byName(TimescaleUnit.class);
    static final EnumCodec<CountingConvention> COUNTING_CONVENTION = EnumCodec.byName(CountingConvention.class);
    static final EnumCodec<DeadlineState> DEADLINE_STATE = EnumCodec.byName(DeadlineState.class);
    static final EnumCodec<DeadlineResult> DEADLINE_RESULT = EnumCodec.byName(DeadlineResult.class);
    static final EnumCodec<GoldenRule> GOLDEN_RULE = EnumCodec.byName(GoldenRule.class);
    static final EnumCodec<SharingQuality> SHARING_QUALITY = EnumCodec.byName(SharingQuality.class);
    static final EnumCodec<PersonAtRisk> PERSON_AT_RISK = EnumCodec.byName(PersonAtRisk.class);
    static final EnumCodec<WithoutConsentReason> WITHOUT_CONSENT_REASON =
            EnumCodec.byName(WithoutConsentReason.class);
    static final EnumCodec<FraserCriterion> FRASER_CRITERION = EnumCodec.byName(FraserCriterion.class);
    static final EnumCodec<SharingAction> SHARING_ACTION = EnumCodec.byName(SharingAction.class);
    static final EnumCodec<RecordContent> RECORD_CONTENT = EnumCodec.byName(RecordContent.class);
    static final EnumCodec<SharingAdviceCode> SHARING_ADVICE_CODE =
            EnumCodec.byKey(SharingAdviceCode.class, SharingAdviceCode::code);
    static final EnumCodec<AssessmentDimension> ASSESSMENT_DIMENSION = EnumCodec.byName(AssessmentDimension.class);
    static final EnumCodec<FactOrOpinion> FACT_OR_OPINION = EnumCodec.byName(FactOrOpinion.class);
    static final EnumCodec<VoiceMethod> VOICE_METHOD = EnumCodec.byName(VoiceMethod.class);
    static final EnumCodec<MyWorldSide> MY_WORLD_SIDE = EnumCodec.byName(MyWorldSide.class);
    static final EnumCodec<MyWorldItem> MY_WORLD_ITEM = EnumCodec.byName(MyWorldItem.class);
    static final EnumCodec<ChangeDirection> CHANGE_DIRECTION = EnumCodec.byName(ChangeDirection.class);
    static final EnumCodec<FlourishDomain> FLOURISH_DOMAIN = EnumCodec.byName(FlourishDomain.class);
    static final EnumCodec<FrameworkLevel> FRAMEWORK_LEVEL = EnumCodec.byName(FrameworkLevel.class);
    static final EnumCodec<EscalationStage> ESCALATION_STAGE = EnumCodec.byName(EscalationStage.class);
    static final EnumCodec<EscalationPrompt> ESCALATION_PROMPT = EnumCodec.byName(EscalationPrompt.class);
    static final EnumCodec<RequesterRole> REQUESTER_ROLE = EnumCodec.byName(RequesterRole.class);
    static final EnumCodec<FamilyFeedbackRoute> FAMILY_FEEDBACK_ROUTE = EnumCodec.byName(FamilyFeedbackRoute.class);
    static final EnumCodec<JointSupervisionReason> JOINT_SUPERVISION_REASON =
            EnumCodec.byName(JointSupervisionReason.class);
    static final EnumCodec<CadsScriptStep> CADS_SCRIPT_STEP = EnumCodec.byName(CadsScriptStep.class);
    static final EnumCodec<CadsOutcome> CADS_OUTCOME = EnumCodec.byName(CadsOutcome.class);
    static final EnumCodec<CommunityOfPracticeQuestion> COMMUNITY_OF_PRACTICE_QUESTION =
            EnumCodec.byName(CommunityOfPracticeQuestion.class);
    static final EnumCodec<FamilyNetworkingPrinciple> FAMILY_NETWORKING_PRINCIPLE =
            EnumCodec.byName(FamilyNetworkingPrinciple.class);
    static final EnumCodec<FamilyNetworkingActivity> FAMILY_NETWORKING_ACTIVITY =
            EnumCodec.byName(FamilyNetworkingActivity.class);
    static final EnumCodec<ThinkFamilyPrompt> THINK_FAMILY_PROMPT = EnumCodec.byName(ThinkFamilyPrompt.class);
    static final EnumCodec<SignsOfSafetyQuestion> SIGNS_OF_SAFETY_QUESTION =
            EnumCodec.byName(SignsOfSafetyQuestion.class);
    static final EnumCodec<MapCategory> MAP_CATEGORY = EnumCodec.byName(MapCategory.class);
    static final EnumCodec<PromptAudience> PROMPT_AUDIENCE = EnumCodec.byName(PromptAudience.class);
    static final EnumCodec<QuestionPrompt> QUESTION_PROMPT = EnumCodec.byName(QuestionPrompt.class);
    static final EnumCodec<ScalingExample> SCALING_EXAMPLE = EnumCodec.byName(ScalingExample.class);
    static final EnumCodec<House> HOUSE = EnumCodec.byName(House.class);
    static final EnumCodec<ObservationSubject> OBSERVATION_SUBJECT = EnumCodec.byName(ObservationSubject.class);
    static final EnumCodec<ObservationPrompt> OBSERVATION_PROMPT = EnumCodec.byName(ObservationPrompt.class);
    static final EnumCodec<BabyCue> BABY_CUE = EnumCodec.byName(BabyCue.class);

    static final Codec<SourcePassage> SOURCE_PASSAGE = new SourcePassageCodec();
    static final Codec<Child> CHILD = new ChildCodec();
    static final Codec<NeedIndicator> NEED_INDICATOR = new NeedIndicatorCodec();
    static final Codec<ThresholdQuestion> THRESHOLD_QUESTION = new ThresholdQuestionCodec();
    static final Codec<GuidanceStatement> GUIDANCE_STATEMENT = new GuidanceStatementCodec();
    static final Codec<ThresholdGuidance> THRESHOLD_GUIDANCE = new ThresholdGuidanceCodec();
    static final Codec<ThresholdProfile> THRESHOLD_PROFILE = new ThresholdProfileCodec();
    static final Codec<Finding> FINDING = new FindingCodec();
    static final Codec<Agency> AGENCY = new AgencyCodec();
    static final Codec<Practitioner> PRACTITIONER = new PractitionerCodec();
    static final Codec<FamilyMember> FAMILY_MEMBER = new FamilyMemberCodec();
    static final Codec<Contributor> CONTRIBUTOR = new ContributorCodec();
    static final Codec<TimescaleEvent> TIMESCALE_EVENT = new TimescaleEventCodec();
    static final Codec<Timescale> TIMESCALE = new TimescaleCodec();
    static final Codec<SharingStatement> SHARING_STATEMENT = new SharingStatementCodec();
    static final Codec<SharingProfile> SHARING_PROFILE = new SharingProfileCodec();
    static final Codec<SharingQuestion> SHARING_QUESTION = new SharingQuestionCodec();
    static final Codec<RecordRequirement> RECORD_REQUIREMENT = new RecordRequirementCodec();
    static final Codec<SharingAdvice> SHARING_ADVICE = new SharingAdviceCodec();
    static final Codec<ConsentScope> CONSENT_SCOPE = new ConsentScopeCodec();
    static final Codec<ChildConsentBasis> CHILD_CONSENT_BASIS = new ChildConsentBasisCodec();
    static final Codec<Consent> CONSENT = new ConsentCodec();
    static final Codec<ConsentWithdrawal> CONSENT_WITHDRAWAL = new ConsentWithdrawalCodec();
    static final Codec<SharingDecision> SHARING_DECISION = new SharingDecisionCodec();
    static final Codec<AssessmentStatement> ASSESSMENT_STATEMENT = new AssessmentStatementCodec();
    static final Codec<ChildsView> CHILDS_VIEW = new ChildsViewCodec();
    static final Codec<DimensionFinding> DIMENSION_FINDING = new DimensionFindingCodec();
    static final Codec<ParentingCapacity> PARENTING_CAPACITY = new ParentingCapacityCodec();
    static final Codec<Assessment> ASSESSMENT = new AssessmentCodec();
    static final Codec<NeedDescriptor> NEED_DESCRIPTOR = new NeedDescriptorCodec();
    static final Codec<DescriptorCatalogue> DESCRIPTOR_CATALOGUE = new DescriptorCatalogueCodec();
    static final Codec<CareArea> CARE_AREA = new CareAreaCodec();
    static final Codec<GradeDescription> GRADE_DESCRIPTION = new GradeDescriptionCodec();
    static final Codec<GradedCareProfile> GRADED_CARE_PROFILE = new GradedCareProfileCodec();
    static final Codec<AreaGrade> AREA_GRADE = new AreaGradeCodec();
    static final Codec<GradedCareSnapshot> GRADED_CARE_SNAPSHOT = new GradedCareSnapshotCodec();
    static final Codec<AreaChange> AREA_CHANGE = new AreaChangeCodec();
    static final Codec<GradedCareChange> GRADED_CARE_CHANGE = new GradedCareChangeCodec();
    static final Codec<FlourishEntry> FLOURISH_ENTRY = new FlourishEntryCodec();
    static final Codec<FlourishProfile> FLOURISH_PROFILE = new FlourishProfileCodec();
    static final Codec<JointSupervisionDecision> JOINT_SUPERVISION_DECISION = new JointSupervisionDecisionCodec();
    static final Codec<JointSupervisionSession> JOINT_SUPERVISION_SESSION = new JointSupervisionSessionCodec();
    static final Codec<JointSupervisionRequest> JOINT_SUPERVISION_REQUEST = new JointSupervisionRequestCodec();
    static final Codec<CadsConsultation> CADS_CONSULTATION = new CadsConsultationCodec();
    static final Codec<PlanningMeeting> PLANNING_MEETING = new PlanningMeetingCodec();
    static final Codec<DisagreementStage> DISAGREEMENT_STAGE = new DisagreementStageCodec();
    static final Codec<ProfessionalDisagreement> PROFESSIONAL_DISAGREEMENT = new ProfessionalDisagreementCodec();
    static final Codec<EscalationProtocol> ESCALATION_PROTOCOL = new EscalationProtocolCodec();
    static final Codec<MapStatement> MAP_STATEMENT = new MapStatementCodec();
    static final Codec<ScalingQuestion> SCALING_QUESTION = new ScalingQuestionCodec();
    static final Codec<ScalingJudgement> SCALING_JUDGEMENT = new ScalingJudgementCodec();
    static final Codec<ThreeHouses> THREE_HOUSES = new ThreeHousesCodec();
    static final Codec<Observation> OBSERVATION = new ObservationCodec();
    static final Codec<SignsOfSafetyMap> SIGNS_OF_SAFETY_MAP = new SignsOfSafetyMapCodec();
    static final Codec<ByWhen> BY_WHEN = new ByWhenCodec();
    static final Codec<SafetyPlanRow> SAFETY_PLAN_ROW = new SafetyPlanRowCodec();
    static final Codec<SafetyPlan> SAFETY_PLAN = new SafetyPlanCodec();

    // chronology (and the pre-birth parts of people)
    static final EnumCodec<ChronologyEntryKind> CHRONOLOGY_ENTRY_KIND = EnumCodec.byName(ChronologyEntryKind.class);
    static final EnumCodec<CaseNoteHeading> CASE_NOTE_HEADING = EnumCodec.byName(CaseNoteHeading.class);
    static final EnumCodec<PatternKind> PATTERN_KIND = EnumCodec.byName(PatternKind.class);
    static final EnumCodec<PreBirthTask> PRE_BIRTH_TASK = EnumCodec.byName(PreBirthTask.class);
    static final EnumCodec<BirthPlanRecipient> BIRTH_PLAN_RECIPIENT = EnumCodec.byName(BirthPlanRecipient.class);
    static final Codec<ChronologyEntry> CHRONOLOGY_ENTRY = new ChronologyEntryCodec();
    static final Codec<Chronology> CHRONOLOGY = new ChronologyCodec();
    static final Codec<NeedDecision> NEED_DECISION = new NeedDecisionCodec();
    static final Codec<CaseRecord> CASE_RECORD = new CaseRecordCodec();
    static final Codec<CaseNote> CASE_NOTE = new CaseNoteCodec();
    static final Codec<ChronologyPattern> CHRONOLOGY_PATTERN = new ChronologyPatternCodec();
    static final Codec<ProfessionalContact> PROFESSIONAL_CONTACT = new ProfessionalContactCodec();
    static final Codec<BirthPlanDissemination> BIRTH_PLAN_DISSEMINATION = new BirthPlanDisseminationCodec();
    static final Codec<PreBirthAssessment> PRE_BIRTH_ASSESSMENT = new PreBirthAssessmentCodec();
    static final Codec<SafeguardingBirthPlan> SAFEGUARDING_BIRTH_PLAN = new SafeguardingBirthPlanCodec();

    private static final Map<Class<?>, Codec<?>> BY_TYPE = register(
            LEVEL_OF_NEED, RESPONSE_BAND, SHARED_LANGUAGE_TERM, PATHWAY, EARLY_HELP_STEP, SECTION_47_INDICATOR,
            ADDITIONAL_NEEDS_COHORT, EARLY_HELP_STATUS, NEGLECT_BASIS, GUIDANCE_CODE, ASSESSMENT_DOMAIN, CONSENT_STATUS,
            SEVERITY, AGENCY_TYPE, FAMILY_RELATIONSHIP, CONTRIBUTOR_KIND, TIMESCALE_UNIT, COUNTING_CONVENTION,
            DEADLINE_STATE, DEADLINE_RESULT,
            SIGNS_OF_SAFETY_QUESTION, MAP_CATEGORY, PROMPT_AUDIENCE, QUESTION_PROMPT, SCALING_EXAMPLE, HOUSE,
            OBSERVATION_SUBJECT, OBSERVATION_PROMPT, BABY_CUE,
            SOURCE_PASSAGE, CHILD, NEED_INDICATOR, THRESHOLD_QUESTION, GUIDANCE_STATEMENT, THRESHOLD_GUIDANCE,
            THRESHOLD_PROFILE, FINDING, AGENCY, PRACTITIONER, FAMILY_MEMBER, CONTRIBUTOR, TIMESCALE_EVENT, TIMESCALE,
            GOLDEN_RULE, SHARING_QUALITY, PERSON_AT_RISK, WITHOUT_CONSENT_REASON, FRASER_CRITERION, SHARING_ACTION,
            RECORD_CONTENT, SHARING_ADVICE_CODE,
            SHARING_STATEMENT, SHARING_PROFILE, SHARING_QUESTION, RECORD_REQUIREMENT, SHARING_ADVICE, CONSENT_SCOPE,
            CHILD_CONSENT_BASIS, CONSENT, CONSENT_WITHDRAWAL, SHARING_DECISION,
            // assessment and flourish
            ASSESSMENT_DIMENSION, FACT_OR_OPINION, VOICE_METHOD, MY_WORLD_SIDE, MY_WORLD_ITEM,
            CHANGE_DIRECTION, FLOURISH_DOMAIN,
            ASSESSMENT_STATEMENT, CHILDS_VIEW, DIMENSION_FINDING, PARENTING_CAPACITY, ASSESSMENT, NEED_DESCRIPTOR,
            DESCRIPTOR_CATALOGUE, CARE_AREA, GRADE_DESCRIPTION, GRADED_CARE_PROFILE, AREA_GRADE, GRADED_CARE_SNAPSHOT,
            AREA_CHANGE, GRADED_CARE_CHANGE, FLOURISH_ENTRY, FLOURISH_PROFILE,
            // multiagency
            FRAMEWORK_LEVEL, ESCALATION_STAGE, ESCALATION_PROMPT, REQUESTER_ROLE, JOINT_SUPERVISION_REASON,
            FAMILY_FEEDBACK_ROUTE,
            CADS_SCRIPT_STEP, CADS_OUTCOME, COMMUNITY_OF_PRACTICE_QUESTION, FAMILY_NETWORKING_PRINCIPLE,
            FAMILY_NETWORKING_ACTIVITY, THINK_FAMILY_PROMPT, JOINT_SUPERVISION_DECISION, JOINT_SUPERVISION_SESSION,
            JOINT_SUPERVISION_REQUEST, CADS_CONSULTATION, PLANNING_MEETING, DISAGREEMENT_STAGE,
            PROFESSIONAL_DISAGREEMENT, ESCALATION_PROTOCOL,
            // signs of safety
            MAP_STATEMENT, SCALING_QUESTION, SCALING_JUDGEMENT, THREE_HOUSES, OBSERVATION, SIGNS_OF_SAFETY_MAP,
            BY_WHEN, SAFETY_PLAN_ROW, SAFETY_PLAN,
            // chronology (and the pre-birth parts of people)
            CHRONOLOGY_ENTRY_KIND, CASE_NOTE_HEADING, PATTERN_KIND, PRE_BIRTH_TASK, BIRTH_PLAN_RECIPIENT,
            CHRONOLOGY_ENTRY, CHRONOLOGY, NEED_DECISION, CASE_RECORD, CASE_NOTE, CHRONOLOGY_PATTERN,
            PROFESSIONAL_CONTACT, BIRTH_PLAN_DISSEMINATION, PRE_BIRTH_ASSESSMENT, SAFEGUARDING_BIRTH_PLAN);

    private Codecs() {
    }

    private static Map<Class<?>, Codec<?>> register(Codec<?>... codecs) {
        Map<Class<?>, Codec<?>> byType = new LinkedHashMap<>();
        for (Codec<?> codec : codecs) {
            if (byType.put(codec.type(), codec) != null) {
                throw new IllegalStateException("two codecs for " + codec.type().getName());
            }
        }
        return Map.copyOf(byType);
    }

    /** The types the format knows. */
    static Set<Class<?>> types() {
        return BY_TYPE.keySet();
    }

    /**
     * The codec for {@code type}, exactly.
     *
     * @throws IllegalArgumentException listing the supported types, if the format does not know it
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forType(Class<T> type) {
        Codec<?> codec = BY_TYPE.get(type);
        if (codec == null) {
            throw unsupported(type);
        }
        return (Codec<T>) codec;
    }

    /**
     * The codec for the class of {@code value} or the nearest superclass the format knows (the model's
     * values are instances of generated subclasses; enum constants with bodies are subclasses too).
     *
     * @throws IllegalArgumentException listing the supported types, if the format knows none
     */
    @SuppressWarnings("unchecked")
    static <T> Codec<T> forValue(T value) {
        for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
            Codec<?> codec = BY_TYPE.get(type);
            if (codec != null) {
                return (Codec<T>) codec;
            }
        }
        throw unsupported(value.getClass());
    }

    private static IllegalArgumentException unsupported(Class<?> type) {
        return new IllegalArgumentException("SafeguardingJson has no format for " + type.getName()
                + "; it reads and writes: " + BY_TYPE.keySet().stream().map(Class::getName).sorted()
                        .collect(Collectors.joining(", ")));
    }
}
