package dev.safeguarding.json;

import static dev.safeguarding.json.Docs.failsAt;
import static dev.safeguarding.json.Docs.json;
import static dev.safeguarding.json.Docs.readFails;
import static dev.safeguarding.json.Docs.roundTripsExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.SourcePassage;
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
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.rules.multiagency.EscalationProtocols;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multi-agency types read back exactly what was written; bad input fails at the JSON Pointer of the bad
 * value and never repeats it.
 */
class MultiagencyJsonTest {

    private static final SafeguardingJson JSON = SafeguardingJson.standard();

    private static final String PRACTITIONER =
            "{'id':'p-1','role':'Teacher','agency':{'id':'s-1','name':'School','type':'EDUCATION'}}";


    @Test
    void jointSupervisionRequestsDecisionsAndSessionsRoundTripExactly() {
        roundTripsExactly(MultiagencyGen.requests(), JointSupervisionRequest.class);
        roundTripsExactly(MultiagencyGen.startDates().flatMap(MultiagencyGen::decisions), JointSupervisionDecision.class);
        roundTripsExactly(MultiagencyGen.startDates().flatMap(MultiagencyGen::sessions), JointSupervisionSession.class);
    }

    @Test
    void cadsConsultationsRoundTripExactly() {
        roundTripsExactly(MultiagencyGen.consultations(), CadsConsultation.class);
    }

    @Test
    void planningMeetingsRoundTripExactlyWithThisExactJson() {
        roundTripsExactly(MultiagencyGen.planningMeetings(), PlanningMeeting.class);
        PlanningMeeting meeting = PlanningMeeting.builder().id("pm-1").addChildIds("c-1")
                .heldOn(LocalDate.of(2026, 2, 3)).addProfessionalsExcludedByFamily("hv-1").exclusionMinuted(true)
                .build();
        String text = "{\"id\":\"pm-1\",\"childIds\":[\"c-1\"],\"heldOn\":\"2026-02-03\","
                + "\"professionalsExcludedByFamily\":[\"hv-1\"],\"exclusionMinuted\":true,"
                + "\"exclusionTreatedAsSafeguardingConcern\":false,\"nonEngagementPlanAgreed\":false,"
                + "\"thresholdsReviewed\":false,\"excludedProfessionalsViewsRepresented\":false}";
        assertEquals(text, JSON.write(meeting));
        assertEquals(meeting, JSON.read(json("{'id':'pm-1','childIds':['c-1'],'heldOn':'2026-02-03',"
                + "'professionalsExcludedByFamily':['hv-1'],'exclusionMinuted':true}"), PlanningMeeting.class));
        failsAt("/professionalsExcludedByFamily", "twice", json("{'id':'pm-1','heldOn':'2026-02-03',"
                + "'professionalsExcludedByFamily':['hv-1','hv-1']}"), PlanningMeeting.class);
    }

    @Test
    void disagreementsStagesAndProtocolsRoundTripExactly() {
        roundTripsExactly(MultiagencyGen.disagreements(), ProfessionalDisagreement.class);
        roundTripsExactly(MultiagencyGen.stages(), DisagreementStage.class);
        roundTripsExactly(MultiagencyGen.protocols(), EscalationProtocol.class);
        assertEquals(EscalationProtocols.norfolk2023(), JSON.read(JSON.write(EscalationProtocols.norfolk2023()),
                EscalationProtocol.class));
    }

    @ParameterizedTest
    @ValueSource(classes = {FrameworkLevel.class, EscalationStage.class, EscalationPrompt.class, RequesterRole.class,
        JointSupervisionReason.class, FamilyFeedbackRoute.class, CadsScriptStep.class, CadsOutcome.class, CommunityOfPracticeQuestion.class,
        FamilyNetworkingPrinciple.class, FamilyNetworkingActivity.class, ThinkFamilyPrompt.class})
    void everyConstantIsWrittenAsItsNameAndReadBack(Class<?> type) {
        Property.forEvery(List.of(type.getEnumConstants()), constant -> {
            assertEquals("\"" + ((Enum<?>) constant).name() + "\"", JSON.write(constant));
            assertEquals(constant, JSON.read(JSON.write(constant), type));
        });
    }

    @Test
    void aProtocolsStageTimescalesAreKeyedByStageInStageOrder() {
        SourcePassage source = SourcePassage.of("Example protocol (example values)", "Stages");
        EscalationProtocol protocol = EscalationProtocol.builder(EscalationProtocols.norfolk2023())
                .putStageTimescale(EscalationStage.SENIOR_MANAGERS, EscalationProtocols.stageTimescale("example.s3",
                        EscalationStage.SENIOR_MANAGERS, 10, TimescaleUnit.WORKING_DAYS, source))
                .putStageTimescale(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, EscalationProtocols.stageTimescale(
                        "example.s1", EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, 5, TimescaleUnit.WORKING_DAYS,
                        source))
                .build();
        String text = JSON.write(protocol);
        assertTrue(text.indexOf("\"PROFESSIONAL_TO_PROFESSIONAL\":{") < text.indexOf("\"SENIOR_MANAGERS\":{"), text);
        assertEquals(protocol, JSON.read(text, EscalationProtocol.class));
    }

    @Test
    void aStageThatIsNotAStageFailsAtItsKeyListingTheStages() {
        SafeguardingJsonException e = failsAt("/stageTimescales/(unknown property 1)", "PROFESSIONAL_TO_PROFESSIONAL", json(
                "{'id':'x','name':'X','source':{'document':'D','section':'S'},'stageTimescales':{'STAGE_FIVE':{}}}"),
                EscalationProtocol.class);
        assertTrue(e.getMessage().contains("RESOLUTION_PANEL"), e.getMessage());
    }

    @Test
    void stagesOutOfOrderFailAtTheStagesWithTheModelsRule() {
        String text = json("{'id':'d-1','raisedBy':" + PRACTITIONER + ",'raisedWith':" + PRACTITIONER
                + ",'raisedOn':'2025-12-19','stages':[{'stage':'PROFESSIONAL_TO_PROFESSIONAL','startedOn':'2025-12-19'},"
                + "{'stage':'SENIOR_MANAGERS','startedOn':'2025-12-22'}]}");
        failsAt("/stages", "never skipping", text, ProfessionalDisagreement.class);
    }

    @Test
    void aStageDatedBeforeTheStageBeforeFailsAtTheStages() {
        String text = json("{'id':'d-1','raisedBy':" + PRACTITIONER + ",'raisedWith':" + PRACTITIONER
                + ",'raisedOn':'2025-12-19','stages':[{'stage':'PROFESSIONAL_TO_PROFESSIONAL','startedOn':'2025-12-22'},"
                + "{'stage':'FIRST_LINE_MANAGERS','startedOn':'2025-12-20'}]}");
        failsAt("/stages", "on or after", text, ProfessionalDisagreement.class);
    }

    @Test
    void aResponseBeforeItsStageFailsInsideTheStage() {
        String text = json("{'id':'d-1','raisedBy':" + PRACTITIONER + ",'raisedWith':" + PRACTITIONER
                + ",'raisedOn':'2025-12-19','stages':[{'stage':'PROFESSIONAL_TO_PROFESSIONAL','startedOn':'2025-12-22',"
                + "'respondedOn':'2025-12-21'}]}");
        failsAt("/stages/0/respondedOn", "must not be before", text, ProfessionalDisagreement.class);
    }

    @Test
    void anUnknownStageFailsAtItsPointer() {
        String text = json("{'id':'d-1','raisedBy':" + PRACTITIONER + ",'raisedWith':" + PRACTITIONER
                + ",'raisedOn':'2025-12-19','stages':[{'stage':'STAGE_ONE','startedOn':'2025-12-22'}]}");
        failsAt("/stages/0/stage", "FIRST_LINE_MANAGERS", text, ProfessionalDisagreement.class);
    }

    @Test
    void aRequestWrittenBeforeTheNewFieldsReadsAsBeforeAndWritesTheSameText() {
        // the format of a request without the new facts is unchanged: the flag is written only when true
        String old = "{\"id\":\"r-1\",\"childIds\":[\"c-1\"],\"requestedBy\":{\"id\":\"p-1\",\"role\":\"Teacher\","
                + "\"agency\":{\"id\":\"s-1\",\"name\":\"School\",\"type\":\"EDUCATION\"}},"
                + "\"requesterRole\":\"PRACTITIONER\",\"requestedOn\":\"2025-12-08\",\"reasons\":[\"STUCK\"]}";
        JointSupervisionRequest request = JSON.read(old, JointSupervisionRequest.class);
        assertEquals(false, request.immediateRiskOfHarm());
        assertEquals(Optional.empty(), request.sessionArrangedOn());
        assertEquals(old, JSON.write(request));
    }

    @Test
    void aRequestWithImmediateRiskItsArrangingAndTheFamilysFeedbackHasThisExactJson() {
        String text = "{\"id\":\"r-1\",\"childIds\":[],\"requestedBy\":{\"id\":\"p-1\",\"role\":\"Teacher\","
                + "\"agency\":{\"id\":\"s-1\",\"name\":\"School\",\"type\":\"EDUCATION\"}},"
                + "\"requesterRole\":\"PRACTITIONER\",\"requestedOn\":\"2025-12-08\",\"reasons\":[],"
                + "\"immediateRiskOfHarm\":true,\"sessionArrangedOn\":\"2025-12-10\","
                + "\"session\":{\"heldOn\":\"2025-12-20\",\"supervisors\":[],\"supervisees\":[],"
                + "\"participantsToldOfDisclosure\":false,\"familyFeedback\":\"CORE_GROUP\","
                + "\"familyFeedbackOn\":\"2026-01-05\",\"furtherSessionsAgreed\":false,\"furtherSessionDates\":[]}}";
        JointSupervisionRequest request = JSON.read(text, JointSupervisionRequest.class);
        assertEquals(true, request.immediateRiskOfHarm());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 10)), request.sessionArrangedOn());
        assertEquals(Optional.of(FamilyFeedbackRoute.CORE_GROUP), request.session().orElseThrow().familyFeedback());
        assertEquals(text, JSON.write(request));
    }

    @Test
    void aSessionArrangedAfterItWasHeldFailsAtTheArrangement() {
        String text = json("{'id':'r-1','requestedBy':" + PRACTITIONER + ",'requesterRole':'PRACTITIONER',"
                + "'requestedOn':'2025-12-08','sessionArrangedOn':'2025-12-21','session':{'heldOn':'2025-12-20'}}");
        failsAt("/sessionArrangedOn", "after the session", text, JointSupervisionRequest.class);
    }

    @Test
    void aMissingSessionDateFailsAtItsPointer() {
        String text = json("{'id':'r-1','requestedBy':" + PRACTITIONER + ",'requesterRole':'PRACTITIONER',"
                + "'requestedOn':'2025-12-08','session':{'supervisors':[]}}");
        failsAt("/session/heldOn", "required, but missing", text, JointSupervisionRequest.class);
    }

    @Test
    void aLeadCoordinatorWhoIsNotASupervisorFailsAtTheLeadCoordinator() {
        String text = json("{'id':'r-1','requestedBy':" + PRACTITIONER + ",'requesterRole':'PRACTITIONER',"
                + "'requestedOn':'2025-12-08','session':{'heldOn':'2025-12-20','supervisors':[" + PRACTITIONER
                + "],'leadCoordinatorId':'p-9'}}");
        failsAt("/session/leadCoordinatorId", "one of the supervisors", text, JointSupervisionRequest.class);
    }

    @Test
    void aSessionBeforeTheRequestFailsAtTheSession() {
        String text = json("{'id':'r-1','requestedBy':" + PRACTITIONER + ",'requesterRole':'PRACTITIONER',"
                + "'requestedOn':'2025-12-08','session':{'heldOn':'2025-12-01'}}");
        failsAt("/session", "before the request", text, JointSupervisionRequest.class);
    }

    @Test
    void aFurtherSessionDateThatDoesNotExistFailsAtItsIndex() {
        String text = json("{'id':'r-1','requestedBy':" + PRACTITIONER + ",'requesterRole':'TEAM_MANAGER',"
                + "'requestedOn':'2025-12-08','session':{'heldOn':'2025-12-20','furtherSessionsAgreed':true,"
                + "'furtherSessionDates':['2026-01-10','2026-02-30']}}");
        failsAt("/session/furtherSessionDates/1", "a date that exists", text, JointSupervisionRequest.class);
    }

    @Test
    void aFormalReferralWithoutAPathwayFailsAtThePathway() {
        String text = json("{'id':'k-1','caller':" + PRACTITIONER + ",'consultedOn':'2025-12-19',"
                + "'outcome':'FORMAL_REFERRAL'}");
        failsAt("/referralPathway", "formal referral", text, CadsConsultation.class);
    }

    @Test
    void aNullConsentFailsButAnAbsentOneIsNotSought() {
        String base = "{'id':'k-1','caller':" + PRACTITIONER + ",'consultedOn':'2025-12-19'";
        failsAt("/consent", "found null", json(base + ",'consent':null}"), CadsConsultation.class);
        assertEquals(dev.safeguarding.model.sharing.ConsentStatus.NOT_SOUGHT,
                JSON.read(json(base + "}"), CadsConsultation.class).consent());
    }

    @Test
    void aStepGivenTwiceFailsAtItsSecondPlace() {
        String text = json("{'id':'k-1','caller':" + PRACTITIONER + ",'consultedOn':'2025-12-19',"
                + "'completedSteps':['CALLER_AND_REASON','CALLER_AND_REASON']}");
        failsAt("/completedSteps/1", "more than once", text, CadsConsultation.class);
    }

    @Test
    void aConcernOfTheWrongTypeIsNotRepeatedInTheError() {
        String concern = "Worried about Zed Nobody-Real at home";
        String text = json("{'id':'k-1','caller':" + PRACTITIONER + ",'consultedOn':'2025-12-19','concern':['"
                + concern + "']}");
        SafeguardingJsonException e = failsAt("/concern", "expected a string", text, CadsConsultation.class);
        assertFalse(e.getMessage().contains(concern), e.getMessage());
    }

    @Test
    void anUnknownPropertyFailsUnlessLenient() {
        String text = json("{'id':'k-1','caller':" + PRACTITIONER + ",'consultedOn':'2025-12-19','urgent':true}");
        failsAt("/(unknown property 4)", "unknown property", text, CadsConsultation.class);
        assertEquals("k-1", SafeguardingJson.lenient().read(text, CadsConsultation.class).id());
    }

    @Test
    void anAbsentListIsEmptyAndAnAbsentFlagIsFalse() {
        ProfessionalDisagreement d = JSON.read(json("{'id':'d-1','raisedBy':" + PRACTITIONER + ",'raisedWith':"
                + PRACTITIONER + ",'raisedOn':'2025-12-19'}"), ProfessionalDisagreement.class);
        assertEquals(List.of(), d.stages());
        assertFalse(d.jointSupervisionConsidered());
        assertEquals(Optional.empty(), d.resolvedOn());
        assertEquals(LocalDate.of(2025, 12, 19), d.raisedOn());
    }

    @Test
    void aChildIdOfTheWrongTypeFailsAtItsIndex() {
        readFails(JSON, json("{'id':'d-1','childIds':['c-1',7],'raisedBy':" + PRACTITIONER + ",'raisedWith':"
                + PRACTITIONER + ",'raisedOn':'2025-12-19'}"), ProfessionalDisagreement.class);
        failsAt("/childIds/1", "expected a string", json("{'id':'d-1','childIds':['c-1',7],'raisedBy':" + PRACTITIONER
                + ",'raisedWith':" + PRACTITIONER + ",'raisedOn':'2025-12-19'}"), ProfessionalDisagreement.class);
    }
}
