package dev.safeguarding.census.xml;

/**
 * The census's element names, written once for the reader and the writer. Source: S2
 * {@code cin_census/cin-2022.xsd}; {@code Sex} and {@code PreProceedingsandFGDM} from S1 {@code ingress.py}.
 */
final class Elements {

    static final String MESSAGE = "Message";
    static final String HEADER = "Header";
    static final String COLLECTION_DETAILS = "CollectionDetails";
    static final String COLLECTION = "Collection";
    static final String YEAR = "Year";
    static final String REFERENCE_DATE = "ReferenceDate";
    static final String SOURCE = "Source";
    static final String SOURCE_LEVEL = "SourceLevel";
    static final String LEA = "LEA";
    static final String SOFTWARE_CODE = "SoftwareCode";
    static final String RELEASE = "Release";
    static final String SERIAL_NO = "SerialNo";
    static final String DATE_TIME = "DateTime";
    static final String CHILDREN = "Children";
    static final String CHILD = "Child";
    static final String CHILD_IDENTIFIERS = "ChildIdentifiers";
    static final String LA_CHILD_ID = "LAchildID";
    static final String UPN = "UPN";
    static final String FORMER_UPN = "FormerUPN";
    static final String UPN_UNKNOWN = "UPNunknown";
    static final String PERSON_BIRTH_DATE = "PersonBirthDate";
    static final String EXPECTED_PERSON_BIRTH_DATE = "ExpectedPersonBirthDate";
    static final String GENDER_CURRENT = "GenderCurrent";
    static final String SEX = "Sex";
    static final String PERSON_DEATH_DATE = "PersonDeathDate";
    static final String CHILD_CHARACTERISTICS = "ChildCharacteristics";
    static final String ETHNICITY = "Ethnicity";
    static final String DISABILITIES = "Disabilities";
    static final String DISABILITY = "Disability";
    static final String CIN_DETAILS = "CINdetails";
    static final String CIN_REFERRAL_DATE = "CINreferralDate";
    static final String REFERRAL_SOURCE = "ReferralSource";
    static final String PRIMARY_NEED_CODE = "PrimaryNeedCode";
    static final String CIN_CLOSURE_DATE = "CINclosureDate";
    static final String REASON_FOR_CLOSURE = "ReasonForClosure";
    static final String DATE_OF_INITIAL_CPC = "DateOfInitialCPC";
    static final String ASSESSMENTS = "Assessments";
    static final String ASSESSMENT_ACTUAL_START_DATE = "AssessmentActualStartDate";
    static final String ASSESSMENT_INTERNAL_REVIEW_DATE = "AssessmentInternalReviewDate";
    static final String ASSESSMENT_AUTHORISATION_DATE = "AssessmentAuthorisationDate";
    static final String FACTORS_IDENTIFIED_AT_ASSESSMENT = "FactorsIdentifiedAtAssessment";
    static final String ASSESSMENT_FACTORS = "AssessmentFactors";
    static final String CIN_PLAN_DATES = "CINPlanDates";
    static final String CIN_PLAN_START_DATE = "CINPlanStartDate";
    static final String CIN_PLAN_END_DATE = "CINPlanEndDate";
    static final String SECTION_47 = "Section47";
    static final String S47_ACTUAL_START_DATE = "S47ActualStartDate";
    static final String INITIAL_CPC_TARGET = "InitialCPCtarget";
    static final String ICPC_NOT_REQUIRED = "ICPCnotRequired";
    static final String REFERRAL_NFA = "ReferralNFA";
    static final String CHILD_PROTECTION_PLANS = "ChildProtectionPlans";
    static final String CPP_START_DATE = "CPPstartDate";
    static final String CPP_END_DATE = "CPPendDate";
    static final String INITIAL_CATEGORY_OF_ABUSE = "InitialCategoryOfAbuse";
    static final String LATEST_CATEGORY_OF_ABUSE = "LatestCategoryOfAbuse";
    static final String NUMBER_OF_PREVIOUS_CPP = "NumberOfPreviousCPP";
    static final String REVIEWS = "Reviews";
    static final String CPP_REVIEW_DATE = "CPPreviewDate";
    static final String PRE_PROCEEDINGS = "PreProceedingsandFGDM";
    static final String PP_START_DATE = "PPStartDate";
    static final String LBP_SENT_DATE = "LBPSentDate";
    static final String FGDM_MEETING_OFFER = "FGDMMeetingOffer";
    static final String FGDM_MEETING_FAC = "FGDMMeetingFac";
    static final String INITIAL_PP_MEETING_DATE = "InitialPPMeetingDate";
    static final String REVIEW_MEETINGS_COUNT = "ReviewMeetingsCount";
    static final String STEP_DECISION_DATE = "StepDecisionDate";
    static final String PP_OUTCOME = "PPOutcome";
    static final String COURT_APP_DATE = "CourtAppDate";
    static final String LETTER_INIT_CP_DATE = "LetterInitCPDate";

    private Elements() {
    }
}
