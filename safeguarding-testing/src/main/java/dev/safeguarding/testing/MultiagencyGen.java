package dev.safeguarding.testing;

import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.FamilyFeedbackRoute;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.PlanningMeeting;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.timescales.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators for the multi-agency types ({@code dev.safeguarding.model.multiagency}): joint supervision
 * requests, CADS consultations, professional disagreements and escalation protocols. Dates are in order
 * and stages run from Stage One in order; dates run from 1995 to about 2090, so that the UK calendars
 * cover every deadline. Names and free text are at least eight characters, so that a test can tell them
 * apart from the rest of a {@code toString()}.
 *
 * <p>Every value is synthetic (never real data) and a valid draft: built through the model's builders, so
 * every invariant holds, and with no finding from the model's draft rules (Bean Validation's default
 * group). Completeness is not promised: like real drafts, a value may lack what a complete record needs,
 * so its {@code check()} door (the {@code Complete} group) may report ERROR or QUERY findings.
 */
public final class MultiagencyGen {

    private MultiagencyGen() {
    }

    /** A start date from 1995 to 2089. */
    public static Gen<LocalDate> startDates() {
        return Gen.dates(LocalDate.of(1995, 1, 1), LocalDate.of(2089, 12, 31));
    }

    /** A number of days to move on: mostly a few, sometimes none, sometimes weeks. */
    public static Gen<Integer> gaps() {
        return Gen.oneOfGens(Gen.constant(0), Gen.ints(0, 10), Gen.ints(0, 60));
    }

    /** Free text of eight to eighty characters. */
    public static Gen<String> freeText() {
        return Gen.text(8, 80);
    }

    /** Child identifiers, zero to three. */
    public static Gen<List<String>> childIds() {
        return Gen.lists(Gen.identifiers(), 0, 3);
    }

    /** A practitioner, named or not. */
    public static Gen<Practitioner> practitioners() {
        return ModelGen.practitioners();
    }

    /** A decision, agreed three times in four, on {@code from} or up to a few weeks after it. */
    public static Gen<JointSupervisionDecision> decisions(LocalDate from) {
        return random -> JointSupervisionDecision.of(practitioners().generate(random),
                from.plusDays(gaps().generate(random)), random.nextInt(4) != 0);
    }

    /** A session held on {@code heldOn}: any number of supervisors and supervisees, records on or after the session. */
    public static Gen<JointSupervisionSession> sessions(LocalDate heldOn) {
        return random -> {
            List<Practitioner> supervisors = Gen.lists(practitioners(), 0, 3).generate(random);
            JointSupervisionSession.Builder session = JointSupervisionSession.builder()
                    .heldOn(heldOn)
                    .supervisors(supervisors)
                    .supervisees(Gen.lists(practitioners(), 0, 12).generate(random))
                    .participantsToldOfDisclosure(random.nextBoolean())
                    .recordCirculatedOn(optionalAfter(heldOn).generate(random))
                    .recordPlacedOnFileOn(optionalAfter(heldOn).generate(random))
                    .keyworker(Gen.optionals(practitioners()).generate(random));
            if (random.nextInt(3) != 0) {
                session.familyFeedback(Gen.enumValues(FamilyFeedbackRoute.class).generate(random))
                        .familyFeedbackOn(optionalAfter(heldOn).generate(random));
            }
            if (!supervisors.isEmpty() && random.nextInt(4) != 0) {
                session.leadCoordinatorId(supervisors.get(random.nextInt(supervisors.size())).id());
            }
            if (random.nextBoolean()) {
                session.furtherSessionsAgreed(true);
                LocalDate next = heldOn;
                for (int i = random.nextInt(3); i > 0; i--) {
                    next = next.plusDays(1 + gaps().generate(random));
                    session.addFurtherSessionDate(next);
                }
            }
            return session.build();
        };
    }

    /**
     * A request, with or without a decision (now and then made by the requester), for a child at immediate risk
     * one time in five, with the date the session was arranged one time in two, and with a session (after the
     * decision and the arranging) one time in two.
     */
    public static Gen<JointSupervisionRequest> requests() {
        return random -> {
            LocalDate requestedOn = startDates().generate(random);
            String id = Gen.identifiers().generate(random);
            List<String> children = childIds().generate(random);
            Practitioner requester = practitioners().generate(random);
            JointSupervisionRequest.Builder request = JointSupervisionRequest.builder()
                    .id(id)
                    .childIds(children)
                    .requestedBy(requester)
                    .requesterRole(Gen.enumValues(RequesterRole.class).generate(random))
                    .requestedOn(requestedOn)
                    .reasons(Gen.enumSets(JointSupervisionReason.class).generate(random));
            request.immediateRiskOfHarm(random.nextInt(5) == 0);
            LocalDate last = requestedOn;
            if (random.nextInt(4) != 0) {
                JointSupervisionDecision decision = decisions(requestedOn).generate(random);
                if (random.nextInt(6) == 0) {
                    // the requester deciding their own request, which the procedure's rules report
                    decision = JointSupervisionDecision.of(requester, decision.decidedOn(),
                            decision.agreed());
                }
                request.decision(decision);
                last = decision.decidedOn();
            }
            LocalDate arranged = last.plusDays(gaps().generate(random));
            boolean recordArrangement = random.nextBoolean();
            if (recordArrangement) {
                request.sessionArrangedOn(arranged);
            }
            if (random.nextBoolean()) {
                request.session(sessions(arranged.plusDays(gaps().generate(random))).generate(random));
            }
            return request.build();
        };
    }

    /** A consultation with any outcome consistent with its referral, feedback on or after the call or not yet. */
    public static Gen<CadsConsultation> consultations() {
        return random -> {
            LocalDate consultedOn = startDates().generate(random);
            CadsConsultation.Builder consultation = CadsConsultation.builder()
                    .id(Gen.identifiers().generate(random))
                    .childIds(childIds().generate(random))
                    .caller(practitioners().generate(random))
                    .consultedOn(consultedOn)
                    .consultantSocialWorker(Gen.optionals(practitioners()).generate(random))
                    .concern(Gen.optionals(freeText()).generate(random))
                    .completedSteps(Gen.enumSets(CadsScriptStep.class).generate(random))
                    .consent(Gen.enumValues(ConsentStatus.class).generate(random))
                    .feedbackSummaryGivenOn(optionalAfter(consultedOn).generate(random));
            Optional<CadsOutcome> outcome = Gen.optionals(Gen.enumValues(CadsOutcome.class)).generate(random);
            consultation.outcome(outcome);
            boolean referral = outcome.orElse(null) == CadsOutcome.FORMAL_REFERRAL
                    || outcome.orElse(null) == CadsOutcome.SHARED_IN_MASH && random.nextBoolean();
            if (referral) {
                consultation.referralPathway(Gen.oneOf(Pathway.FAMILY_SUPPORT_REFERRAL, Pathway.FAST_REFERRAL)
                        .generate(random));
                consultation.levelOfNeed(Gen.enumValues(LevelOfNeed.class).generate(random));
            }
            return consultation.build();
        };
    }

    /**
     * A planning meeting: one time in two with professionals the family excluded, and each of the steps the
     * framework then asks for recorded or not.
     */
    public static Gen<PlanningMeeting> planningMeetings() {
        return random -> {
            PlanningMeeting.Builder meeting = PlanningMeeting.builder()
                    .id(Gen.identifiers().generate(random))
                    .childIds(childIds().generate(random))
                    .heldOn(startDates().generate(random));
            if (random.nextBoolean()) {
                meeting.professionalsExcludedByFamily(Gen.lists(Gen.identifiers(), 1, 3).generate(random).stream()
                        .distinct().toList());
            }
            return meeting.exclusionMinuted(random.nextBoolean())
                    .exclusionTreatedAsSafeguardingConcern(random.nextBoolean())
                    .nonEngagementPlanAgreed(random.nextBoolean())
                    .thresholdsReviewed(random.nextBoolean())
                    .excludedProfessionalsViewsRepresented(random.nextBoolean())
                    .build();
        };
    }

    /** A stage started on {@code startedOn}, with or without a response (on or after it) and an outcome. */
    public static Gen<DisagreementStage> stages(EscalationStage stage, LocalDate startedOn) {
        return random -> DisagreementStage.builder()
                .stage(stage)
                .startedOn(startedOn)
                .participants(Gen.lists(practitioners(), 0, 3).generate(random))
                .respondedOn(optionalAfter(startedOn).generate(random))
                .outcome(Gen.optionals(freeText()).generate(random))
                .build();
    }

    /** A stage of any kind. */
    public static Gen<DisagreementStage> stages() {
        return random -> stages(Gen.enumValues(EscalationStage.class).generate(random), startDates().generate(random))
                .generate(random);
    }

    /** A disagreement at no stage or any of the four, resolved one time in four; every date in order. */
    public static Gen<ProfessionalDisagreement> disagreements() {
        return random -> disagreement(random, random.nextInt(5), random.nextInt(4) == 0);
    }

    /** An unresolved disagreement that can still be escalated: no stage, or Stage One to Three. */
    public static Gen<ProfessionalDisagreement> escalatableDisagreements() {
        return random -> disagreement(random, random.nextInt(4), false);
    }

    /** A partnership's protocol with timescales (of any unit) for some of the stages. */
    public static Gen<EscalationProtocol> protocols() {
        return random -> {
            EscalationProtocol.Builder protocol = EscalationProtocol.builder()
                    .id(Gen.identifiers().generate(random))
                    .name(Gen.text(1, 40).generate(random))
                    .source(ModelGen.sourcePassages().generate(random));
            for (EscalationStage stage : EscalationStage.values()) {
                if (random.nextBoolean()) {
                    Timescale timescale = TimescaleGen.timescales().generate(random);
                    protocol.putStageTimescale(stage, Timescale.builder(timescale)
                            .triggerEvent(stage.startedEvent()).boundedEvent(stage.responseEvent()).build());
                }
            }
            return protocol.build();
        };
    }

    /** A source passage. */
    public static Gen<SourcePassage> sources() {
        return ModelGen.sourcePassages();
    }

    private static ProfessionalDisagreement disagreement(SplittableRandom random, int stageCount, boolean resolved) {
        LocalDate raisedOn = startDates().generate(random);
        ProfessionalDisagreement.Builder disagreement = ProfessionalDisagreement.builder()
                .id(Gen.identifiers().generate(random))
                .childIds(childIds().generate(random))
                .raisedBy(practitioners().generate(random))
                .raisedWith(practitioners().generate(random))
                .raisedOn(raisedOn)
                .concern(Gen.optionals(freeText()).generate(random))
                .jointSupervisionConsidered(random.nextBoolean());
        LocalDate last = raisedOn;
        List<DisagreementStage> stages = new ArrayList<>();
        for (int i = 1; i <= stageCount; i++) {
            DisagreementStage stage = stages(EscalationStage.ofNumber(i).orElseThrow(),
                    last.plusDays(gaps().generate(random))).generate(random);
            stages.add(stage);
            last = stage.lastDate();
        }
        disagreement.stages(stages);
        if (resolved) {
            disagreement.resolvedOn(last.plusDays(gaps().generate(random)))
                    .resolution(Gen.optionals(freeText()).generate(random));
        }
        return disagreement.build();
    }

    private static Gen<Optional<LocalDate>> optionalAfter(LocalDate date) {
        return Gen.optionals(gaps().map(date::plusDays));
    }
}
