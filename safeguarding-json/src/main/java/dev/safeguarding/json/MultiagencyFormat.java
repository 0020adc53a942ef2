package dev.safeguarding.json;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.multiagency.CommunityOfPracticeQuestion;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationPrompt;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.FamilyNetworkingActivity;
import dev.safeguarding.model.multiagency.FamilyNetworkingPrinciple;
import dev.safeguarding.model.multiagency.FamilyFeedbackRoute;
import dev.safeguarding.model.multiagency.FrameworkLevel;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.PlanningMeeting;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.multiagency.ThinkFamilyPrompt;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import java.time.LocalDate;
import dev.safeguarding.model.timescales.Timescale;
import java.util.List;

/**
 * The JSON format of multi-agency working: joint agency group supervision, CADS consultations and the escalation
 * of professional disagreements (NSCP 3.15 and 3.16): each type declared once, one line per property (see
 * {@link ObjectFormat}).
 */
final class MultiagencyFormat {

    private MultiagencyFormat() {
    }

    /** The codecs of the types, enums first. */
    static List<Codec<?>> codecs() {
        return List.of(
                EnumCodec.byName(FrameworkLevel.class),
                EnumCodec.byName(EscalationStage.class),
                EnumCodec.byName(EscalationPrompt.class),
                EnumCodec.byName(RequesterRole.class),
                EnumCodec.byName(JointSupervisionReason.class),
                EnumCodec.byName(CadsScriptStep.class),
                EnumCodec.byName(CadsOutcome.class),
                EnumCodec.byName(CommunityOfPracticeQuestion.class),
                EnumCodec.byName(FamilyNetworkingPrinciple.class),
                EnumCodec.byName(FamilyNetworkingActivity.class),
                EnumCodec.byName(ThinkFamilyPrompt.class),
                EnumCodec.byName(FamilyFeedbackRoute.class),
                // {@code {"decidedBy": {...}, "decidedOn": "2025-12-08", "agreed": true}}; every property is required.
                ObjectFormat.ofValues(JointSupervisionDecision.class,
                                v -> JointSupervisionDecision.of(v.next(), v.next(), v.next()))
                        .required("decidedBy", Practitioner.class, JointSupervisionDecision::decidedBy)
                        .required("decidedOn", LocalDate.class, JointSupervisionDecision::decidedOn)
                        .required("agreed", Boolean.class, JointSupervisionDecision::agreed)
                        .build(),
                // A joint supervision session: {@code heldOn} is required; the lists may be absent (empty), the
                // optional dates, lead coordinator and keyworker absent or {@code null}, and the two flags absent
                // (false).
                ObjectFormat.of(JointSupervisionSession.class, JointSupervisionSession::builder,
                                JointSupervisionSession.Builder::build)
                        .required("heldOn", LocalDate.class, JointSupervisionSession::heldOn,
                                JointSupervisionSession.Builder::heldOn)
                        .list("supervisors", Practitioner.class, JointSupervisionSession::supervisors,
                                JointSupervisionSession.Builder::supervisors)
                        .optional("leadCoordinatorId", String.class, JointSupervisionSession::leadCoordinatorId,
                                JointSupervisionSession.Builder::leadCoordinatorId)
                        .list("supervisees", Practitioner.class, JointSupervisionSession::supervisees,
                                JointSupervisionSession.Builder::supervisees)
                        .defaulted("participantsToldOfDisclosure", Boolean.class,
                                JointSupervisionSession::participantsToldOfDisclosure,
                                JointSupervisionSession.Builder::participantsToldOfDisclosure)
                        .optional("recordCirculatedOn", LocalDate.class, JointSupervisionSession::recordCirculatedOn,
                                JointSupervisionSession.Builder::recordCirculatedOn)
                        .optional("recordPlacedOnFileOn", LocalDate.class,
                                JointSupervisionSession::recordPlacedOnFileOn,
                                JointSupervisionSession.Builder::recordPlacedOnFileOn)
                        .optional("keyworker", Practitioner.class, JointSupervisionSession::keyworker,
                                JointSupervisionSession.Builder::keyworker)
                        .optional("familyFeedback", FamilyFeedbackRoute.class, JointSupervisionSession::familyFeedback,
                                JointSupervisionSession.Builder::familyFeedback)
                        .optional("familyFeedbackOn", LocalDate.class, JointSupervisionSession::familyFeedbackOn,
                                JointSupervisionSession.Builder::familyFeedbackOn)
                        .defaulted("furtherSessionsAgreed", Boolean.class,
                                JointSupervisionSession::furtherSessionsAgreed,
                                JointSupervisionSession.Builder::furtherSessionsAgreed)
                        .list("furtherSessionDates", LocalDate.class, JointSupervisionSession::furtherSessionDates,
                                JointSupervisionSession.Builder::furtherSessionDates)
                        .build(),
                // A request for joint agency group supervision: {@code id}, {@code requestedBy}, {@code requesterRole}
                // and {@code requestedOn} are required; {@code childIds} and {@code reasons} may be absent (empty),
                // the decision and session absent or {@code null}.
                ObjectFormat.of(JointSupervisionRequest.class, JointSupervisionRequest::builder,
                                JointSupervisionRequest.Builder::build)
                        .required("id", String.class, JointSupervisionRequest::id, JointSupervisionRequest.Builder::id)
                        .list("childIds", String.class, JointSupervisionRequest::childIds,
                                JointSupervisionRequest.Builder::childIds)
                        .required("requestedBy", Practitioner.class, JointSupervisionRequest::requestedBy,
                                JointSupervisionRequest.Builder::requestedBy)
                        .required("requesterRole", RequesterRole.class, JointSupervisionRequest::requesterRole,
                                JointSupervisionRequest.Builder::requesterRole)
                        .required("requestedOn", LocalDate.class, JointSupervisionRequest::requestedOn,
                                JointSupervisionRequest.Builder::requestedOn)
                        .enumSet("reasons", JointSupervisionReason.class, JointSupervisionRequest::reasons,
                                JointSupervisionRequest.Builder::reasons)
                        .defaulted("immediateRiskOfHarm", Boolean.class, JointSupervisionRequest::immediateRiskOfHarm,
                                JointSupervisionRequest.Builder::immediateRiskOfHarm).omittedWhenFalse()
                        .optional("decision", JointSupervisionDecision.class, JointSupervisionRequest::decision,
                                JointSupervisionRequest.Builder::decision)
                        .optional("sessionArrangedOn", LocalDate.class, JointSupervisionRequest::sessionArrangedOn,
                                JointSupervisionRequest.Builder::sessionArrangedOn)
                        .optional("session", JointSupervisionSession.class, JointSupervisionRequest::session,
                                JointSupervisionRequest.Builder::session)
                        .build(),
                // A CADS consultation: {@code id}, {@code caller} and {@code consultedOn} are required; the lists may
                // be absent (empty), {@code consent} absent (not sought), the optional values absent or {@code null}.
                ObjectFormat.of(CadsConsultation.class, CadsConsultation::builder, CadsConsultation.Builder::build)
                        .required("id", String.class, CadsConsultation::id, CadsConsultation.Builder::id)
                        .list("childIds", String.class, CadsConsultation::childIds, CadsConsultation.Builder::childIds)
                        .required("caller", Practitioner.class, CadsConsultation::caller,
                                CadsConsultation.Builder::caller)
                        .required("consultedOn", LocalDate.class, CadsConsultation::consultedOn,
                                CadsConsultation.Builder::consultedOn)
                        .optional("consultantSocialWorker", Practitioner.class,
                                CadsConsultation::consultantSocialWorker,
                                CadsConsultation.Builder::consultantSocialWorker)
                        .optional("concern", String.class, CadsConsultation::concern, CadsConsultation.Builder::concern)
                        .enumSet("completedSteps", CadsScriptStep.class, CadsConsultation::completedSteps,
                                CadsConsultation.Builder::completedSteps)
                        .defaulted("consent", ConsentStatus.class, CadsConsultation::consent,
                                CadsConsultation.Builder::consent)
                        .optional("outcome", CadsOutcome.class, CadsConsultation::outcome,
                                CadsConsultation.Builder::outcome)
                        .optional("referralPathway", Pathway.class, CadsConsultation::referralPathway,
                                CadsConsultation.Builder::referralPathway)
                        .optional("levelOfNeed", LevelOfNeed.class, CadsConsultation::levelOfNeed,
                                CadsConsultation.Builder::levelOfNeed)
                        .optional("feedbackSummaryGivenOn", LocalDate.class, CadsConsultation::feedbackSummaryGivenOn,
                                CadsConsultation.Builder::feedbackSummaryGivenOn)
                        .build(),
                // One stage of a professional disagreement: {@code stage} and {@code startedOn} are required; {@code
                // participants} may be absent (empty), {@code respondedOn} and {@code outcome} absent or {@code null}.
                ObjectFormat.of(DisagreementStage.class, DisagreementStage::builder, DisagreementStage.Builder::build)
                        .required("stage", EscalationStage.class, DisagreementStage::stage,
                                DisagreementStage.Builder::stage)
                        .required("startedOn", LocalDate.class, DisagreementStage::startedOn,
                                DisagreementStage.Builder::startedOn)
                        .list("participants", Practitioner.class, DisagreementStage::participants,
                                DisagreementStage.Builder::participants)
                        .optional("respondedOn", LocalDate.class, DisagreementStage::respondedOn,
                                DisagreementStage.Builder::respondedOn)
                        .optional("outcome", String.class, DisagreementStage::outcome,
                                DisagreementStage.Builder::outcome)
                        .build(),
                // A professional disagreement: {@code id}, {@code raisedBy}, {@code raisedWith} and {@code raisedOn}
                // are required; the lists may be absent (empty), {@code jointSupervisionConsidered} absent (false),
                // the optional values absent or {@code null}. Stages out of order or dates going backwards are errors
                // at {@code /stages} (the model's rule).
                ObjectFormat.of(ProfessionalDisagreement.class, ProfessionalDisagreement::builder,
                                ProfessionalDisagreement.Builder::build)
                        .required("id", String.class, ProfessionalDisagreement::id,
                                ProfessionalDisagreement.Builder::id)
                        .list("childIds", String.class, ProfessionalDisagreement::childIds,
                                ProfessionalDisagreement.Builder::childIds)
                        .required("raisedBy", Practitioner.class, ProfessionalDisagreement::raisedBy,
                                ProfessionalDisagreement.Builder::raisedBy)
                        .required("raisedWith", Practitioner.class, ProfessionalDisagreement::raisedWith,
                                ProfessionalDisagreement.Builder::raisedWith)
                        .required("raisedOn", LocalDate.class, ProfessionalDisagreement::raisedOn,
                                ProfessionalDisagreement.Builder::raisedOn)
                        .optional("concern", String.class, ProfessionalDisagreement::concern,
                                ProfessionalDisagreement.Builder::concern)
                        .list("stages", DisagreementStage.class, ProfessionalDisagreement::stages,
                                ProfessionalDisagreement.Builder::stages)
                        .defaulted("jointSupervisionConsidered", Boolean.class,
                                ProfessionalDisagreement::jointSupervisionConsidered,
                                ProfessionalDisagreement.Builder::jointSupervisionConsidered)
                        .optional("resolvedOn", LocalDate.class, ProfessionalDisagreement::resolvedOn,
                                ProfessionalDisagreement.Builder::resolvedOn)
                        .optional("resolution", String.class, ProfessionalDisagreement::resolution,
                                ProfessionalDisagreement.Builder::resolution)
                        .build(),
                // An escalation protocol: {@code id}, {@code name} and {@code source} are required. {@code
                // stageTimescales} may be absent (none); it is an object keyed by the stage's constant name, written
                // in stage order: {@code {"PROFESSIONAL_TO_PROFESSIONAL": {...timescale...}, ...}}. A key that is not
                // a stage is an error at its pointer (in lenient mode too: keys are data, not properties).
                ObjectFormat.of(EscalationProtocol.class, EscalationProtocol::builder,
                                EscalationProtocol.Builder::build)
                        .required("id", String.class, EscalationProtocol::id, EscalationProtocol.Builder::id)
                        .required("name", String.class, EscalationProtocol::name, EscalationProtocol.Builder::name)
                        .required("source", SourcePassage.class, EscalationProtocol::source,
                                EscalationProtocol.Builder::source)
                        .map("stageTimescales", EscalationStage.class, Timescale.class,
                                EscalationProtocol::stageTimescales,
                                EscalationProtocol.Builder::stageTimescales)
                        .build(),
                // A planning meeting: {@code id} and {@code heldOn} are required; the lists may be absent (empty)
                // and the flags absent (false).
                ObjectFormat.of(PlanningMeeting.class, PlanningMeeting::builder, PlanningMeeting.Builder::build)
                        .required("id", String.class, PlanningMeeting::id, PlanningMeeting.Builder::id)
                        .list("childIds", String.class, PlanningMeeting::childIds, PlanningMeeting.Builder::childIds)
                        .required("heldOn", LocalDate.class, PlanningMeeting::heldOn, PlanningMeeting.Builder::heldOn)
                        .list("professionalsExcludedByFamily", String.class,
                                PlanningMeeting::professionalsExcludedByFamily,
                                PlanningMeeting.Builder::professionalsExcludedByFamily)
                        .defaulted("exclusionMinuted", Boolean.class, PlanningMeeting::exclusionMinuted,
                                PlanningMeeting.Builder::exclusionMinuted)
                        .defaulted("exclusionTreatedAsSafeguardingConcern", Boolean.class,
                                PlanningMeeting::exclusionTreatedAsSafeguardingConcern,
                                PlanningMeeting.Builder::exclusionTreatedAsSafeguardingConcern)
                        .defaulted("nonEngagementPlanAgreed", Boolean.class, PlanningMeeting::nonEngagementPlanAgreed,
                                PlanningMeeting.Builder::nonEngagementPlanAgreed)
                        .defaulted("thresholdsReviewed", Boolean.class, PlanningMeeting::thresholdsReviewed,
                                PlanningMeeting.Builder::thresholdsReviewed)
                        .defaulted("excludedProfessionalsViewsRepresented", Boolean.class,
                                PlanningMeeting::excludedProfessionalsViewsRepresented,
                                PlanningMeeting.Builder::excludedProfessionalsViewsRepresented)
                        .build());
    }
}
