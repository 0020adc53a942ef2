package dev.safeguarding.examples;

import dev.safeguarding.json.SafeguardingJson;
import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationPrompt;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.FamilyFeedbackRoute;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.rules.multiagency.CadsConsultations;
import dev.safeguarding.rules.multiagency.Escalation;
import dev.safeguarding.rules.multiagency.EscalationProtocols;
import dev.safeguarding.rules.multiagency.JointAgencyGroupSupervision;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Multi-agency working over the Christmas holidays of 2025: a school's consultation with the Children's
 * Advice and Duty Service (CADS), the school's disagreement with its outcome escalated from Stage One to
 * Stage Three, and a joint agency group supervision request taken to its session.
 *
 * <p>Run it with {@code mvn -q -Pexample -Dexample=MultiAgencyWorking -DskipTests package}, or from an IDE.
 *
 * <p>Every person, agency and case in it is made up. The escalation timescales (5, 5 and 10 working days)
 * are <b>example values</b> of a made-up partnership: the Norfolk protocol's public text gives no per-stage
 * numbers, so the library ships none, and a partnership supplies its own. Dates are fixed, never read from
 * the clock, so the program prints the same thing every time.
 */
public final class MultiAgencyWorking {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private MultiAgencyWorking() {
    }

    /** Prints the example to standard output. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        WorkingCalendar england = UkCalendars.englandAndWales();

        Agency school = Agency.of("school-0001", "Example Primary School", AgencyType.EDUCATION);
        Agency cads = Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY);
        Agency health = Agency.of("health-0001", "Example Healthy Child Programme", AgencyType.HEALTH);
        Practitioner dsl = Practitioner.of("p-dsl", "Designated safeguarding lead", school);
        Practitioner head = Practitioner.of("p-head", "Headteacher", school);
        Practitioner csw = Practitioner.of("p-csw", "Consultant Social Worker", cads);
        Practitioner cadsManager = Practitioner.of("p-cads-tm", "CADS team manager", cads);
        Practitioner cadsHead = Practitioner.of("p-cads-hos", "Head of service", cads);
        Practitioner trustLead = Practitioner.of("p-trust", "Director of safeguarding, academy trust", school);
        Practitioner nurse = Practitioner.of("p-nurse", "School nurse", health);
        Practitioner healthSupervisor = Practitioner.of("p-health-sup", "Safeguarding supervisor", health);
        Practitioner fsManager = Practitioner.of("p-fs-tm", "Family Support team manager",
                Agency.of("fs-0001", "Family Support", AgencyType.LOCAL_AUTHORITY));

        heading(out, "1. The school calls CADS (Wednesday 17 December 2025)");
        CadsConsultation call = CadsConsultation.builder()
                .id("cads-0001").addChildId("child-0001").caller(dsl).consultedOn(LocalDate.of(2025, 12, 17))
                .consultantSocialWorker(csw)
                .completedSteps(List.of(CadsScriptStep.values()))
                .consent(ConsentStatus.GIVEN)
                .outcome(CadsOutcome.ADVICE_AND_SIGNPOSTING)
                .build();
        CadsConsultations rules = CadsConsultations.norfolk2023();
        out.println("Outcome: " + call.outcome().orElseThrow().label() + " - \"" + call.outcome().orElseThrow().description()
                + "\"");
        out.println("Feedback summary due (5 working days): " + day(rules.feedbackDeadline(call, england).dueDate()));
        CadsConsultation answered = CadsConsultation.builder(call).feedbackSummaryGivenOn(LocalDate.of(2025, 12, 23))
                .build();
        out.println("Given " + day(answered.feedbackSummaryGivenOn().orElseThrow()) + ": "
                + (rules.feedbackOutcome(answered, england).orElseThrow().isOnTime() ? "on time" : "late"));

        heading(out, "2. The school disagrees: Stage One to Stage Three across Christmas");
        SourcePassage exampleProtocol = SourcePassage.of(
                "Example Safeguarding Partnership, Resolving Professional Disagreements (EXAMPLE VALUES, not Norfolk's)",
                "Stage timescales");
        EscalationProtocol protocol = EscalationProtocol.builder()
                .id("example-partnership").name("Example partnership escalation protocol (example values)")
                .source(exampleProtocol)
                .putStageTimescale(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, EscalationProtocols.stageTimescale(
                        "example.escalation-stage-1", EscalationStage.PROFESSIONAL_TO_PROFESSIONAL, 5,
                        TimescaleUnit.WORKING_DAYS, exampleProtocol))
                .putStageTimescale(EscalationStage.FIRST_LINE_MANAGERS, EscalationProtocols.stageTimescale(
                        "example.escalation-stage-2", EscalationStage.FIRST_LINE_MANAGERS, 5,
                        TimescaleUnit.WORKING_DAYS, exampleProtocol))
                .putStageTimescale(EscalationStage.SENIOR_MANAGERS, EscalationProtocols.stageTimescale(
                        "example.escalation-stage-3", EscalationStage.SENIOR_MANAGERS, 10,
                        TimescaleUnit.WORKING_DAYS, exampleProtocol))
                .build();
        Escalation escalation = Escalation.of(protocol);
        out.println("Protocol: " + protocol.name() + ": 5, 5 and 10 working days for Stages One to Three");
        out.println("Norfolk's own protocol ships with " + EscalationProtocols.norfolk2023().stageTimescales().size()
                + " stage timescales: none were found in its public text, so none are invented.");

        ProfessionalDisagreement d = ProfessionalDisagreement.builder()
                .id("disagreement-0001").addChildId("child-0001").raisedBy(dsl).raisedWith(csw)
                .raisedOn(LocalDate.of(2025, 12, 19))
                .concern("The school believes the family needs a referral to Family Support, not advice")
                .build();
        d = escalation.escalate(d, LocalDate.of(2025, 12, 19), List.of(dsl, csw));
        printStage(out, escalation, d, england);
        out.println("  While it lasts:");
        for (EscalationPrompt prompt : escalation.prompts(d)) {
            out.println("   - " + prompt.text());
        }
        d = escalation.respond(d, LocalDate.of(2025, 12, 30), Optional.of("CADS keeps its decision"));
        out.println("  Response " + day(d.latestStage().orElseThrow().respondedOn().orElseThrow()) + ": on time");

        // joint agency group supervision is considered ahead of formal escalation (part 3)
        d = ProfessionalDisagreement.builder(d).jointSupervisionConsidered(true).build();
        d = escalation.escalate(d, LocalDate.of(2026, 1, 2), List.of(head, cadsManager));
        printStage(out, escalation, d, england);
        LocalDate monday = LocalDate.of(2026, 1, 12);
        out.println("  On " + day(monday) + ", overdue stages: " + escalation.overdueStages(d, monday, england));
        for (Finding finding : escalation.check(d, monday, england)) {
            out.println("  " + finding);
        }
        d = escalation.escalate(d, monday, List.of(trustLead, cadsHead));
        printStage(out, escalation, d, england);
        d = escalation.respond(d, LocalDate.of(2026, 1, 21), Optional.of("Agreed: referral to Family Support"));
        d = escalation.resolve(d, LocalDate.of(2026, 1, 21), "Referral to Family Support at the complex level");
        out.println("  Resolved " + day(d.resolvedOn().orElseThrow()) + " at " + d.currentStage().orElseThrow().stageName()
                + "; findings: " + escalation.check(d, LocalDate.of(2026, 1, 21), england));
        out.println("  Next stage possible: " + escalation.nextStage(d).isPresent());

        heading(out, "3. Joint agency group supervision: from the request to the session");
        JointSupervisionRequest request = JointSupervisionRequest.builder()
                .id("jags-0001").addChildId("child-0001")
                .requestedBy(dsl).requesterRole(RequesterRole.PRACTITIONER).requestedOn(LocalDate.of(2025, 12, 8))
                .addReason(JointSupervisionReason.STUCK).addReason(JointSupervisionReason.DRIFTING)
                .decision(JointSupervisionDecision.agreed(fsManager, LocalDate.of(2025, 12, 12)))
                .build();
        JointAgencyGroupSupervision jags = JointAgencyGroupSupervision.norfolk2023();
        Deadline due = jags.sessionDeadline(request, england).orElseThrow();
        out.println("Agreed " + day(request.decision().orElseThrow().decidedOn()) + "; session due within 15 working days: "
                + day(due.dueDate()) + " (Christmas Day, Boxing Day and New Year's Day are not working days)");
        out.println("On " + day(LocalDate.of(2025, 12, 19)) + ": "
                + jags.sessionStatus(request, LocalDate.of(2025, 12, 19), england).orElseThrow());
        // "The supervision session should be arranged within 15 working days": checked as arranged
        request = JointSupervisionRequest.builder(request).sessionArrangedOn(LocalDate.of(2025, 12, 22)).build();
        out.println("Arranged " + day(request.sessionArrangedOn().orElseThrow()) + ": "
                + (jags.arrangementOutcome(request, england).orElseThrow().isOnTime() ? "on time" : "late"));
        JointSupervisionSession session = JointSupervisionSession.builder()
                .heldOn(LocalDate.of(2026, 1, 6))
                .addSupervisors(head, healthSupervisor).leadCoordinatorId(healthSupervisor.id())
                .addSupervisees(dsl, csw, nurse, cadsManager, fsManager)
                .participantsToldOfDisclosure(true)
                .recordCirculatedOn(LocalDate.of(2026, 1, 6)).recordPlacedOnFileOn(LocalDate.of(2026, 1, 7))
                .keyworker(dsl)
                // "shared with the child/parents/carers or at the next Core Group, CiN meeting or Family Support
                // Meeting": 'nothing about us, without us'
                .familyFeedback(FamilyFeedbackRoute.FAMILY_SUPPORT_MEETING)
                .furtherSessionsAgreed(true).addFurtherSessionDate(LocalDate.of(2026, 2, 3))
                .build();
        request = JointSupervisionRequest.builder(request).session(session).build();
        out.println("Held " + day(session.heldOn()) + ": "
                + (jags.sessionOutcome(request, england).orElseThrow().isOnTime() ? "on time" : "late")
                + "; findings: " + jags.check(request, LocalDate.of(2026, 1, 7), england));
        JointSupervisionSession oneAgency = JointSupervisionSession.builder(session).supervisors(List.of(head, dsl))
                .leadCoordinatorId(Optional.empty()).build();
        JointSupervisionRequest atRisk = JointSupervisionRequest.builder(request).session(Optional.empty())
                .immediateRiskOfHarm(true).build();
        out.println("Had the child been at immediate risk of harm (a Section 47 strategy meeting instead):");
        jags.check(atRisk, LocalDate.of(2025, 12, 12), england).forEach(f -> out.println("  " + f));
        out.println("Had both supervisors come from the school, with no lead coordinator:");
        for (Finding finding : jags.check(JointSupervisionRequest.builder(request).session(oneAgency).build(),
                LocalDate.of(2026, 1, 7), england)) {
            out.println("  " + finding);
        }

        heading(out, "4. The disagreement as JSON (names and free text are data, never in toString)");
        out.println(d);
        out.println(SafeguardingJson.standard().write(d.stages().get(0)));
    }

    private static void printStage(PrintStream out, Escalation escalation, ProfessionalDisagreement d,
            WorkingCalendar calendar) {
        DisagreementStage stage = d.latestStage().orElseThrow();
        out.println(stage.stage().stageName() + " (" + stage.stage().label() + "), from " + day(stage.startedOn())
                + ": response due " + escalation.responseDeadline(stage, calendar).map(x -> day(x.dueDate()))
                        .orElse("(no timescale)"));
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private static void heading(PrintStream out, String text) {
        out.println();
        out.println(text);
        out.println("-".repeat(text.length()));
    }
}
