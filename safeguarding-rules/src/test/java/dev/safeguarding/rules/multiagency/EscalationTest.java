package dev.safeguarding.rules.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.DisagreementStage;
import dev.safeguarding.model.multiagency.EscalationPrompt;
import dev.safeguarding.model.multiagency.EscalationProtocol;
import dev.safeguarding.model.multiagency.EscalationStage;
import dev.safeguarding.model.multiagency.ProfessionalDisagreement;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NSCP 3.15, section 5: "Stage One: Direct Professional to Professional Discussion. Stage Two: Direct First
 * Line Manager to First Line Manager. Stage Three: Senior Manager to Senior Manager. Stage Four: Norfolk
 * Safeguarding Children Partnership (NSCP) Resolution Panel chaired by the NSCP Independent Chair."
 * Norfolk Continuum of Needs (2023), "Managing Challenge, Disagreement and Uncertainty": "Consider asking
 * for a Joint Agency Group Supervision ...; this should happen outside or ahead of any formal escalation".
 */
class EscalationTest {

    private static final WorkingCalendar ENGLAND = UkCalendars.englandAndWales();

    private static final Practitioner TEACHER = Practitioner.builder().id("p-1").role("Designated safeguarding lead")
            .agency(Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION)).name("Ann Example-Teacher")
            .build();
    private static final Practitioner CSW = Practitioner.of("p-2", "Consultant Social Worker",
            Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY));
    private static final List<Practitioner> BOTH = List.of(TEACHER, CSW);

    /** An example partnership's protocol: 5 working days for the response at each of the first three stages. */
    private static final EscalationProtocol EXAMPLE = example(5);
    private static final Escalation ESCALATION = Escalation.of(EXAMPLE);

    /** Friday 19 December 2025. */
    private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 19);

    private static EscalationProtocol example(int days) {
        SourcePassage source = SourcePassage.of("Example partnership escalation protocol (example values)", "Stages");
        EscalationProtocol.Builder protocol = EscalationProtocol.builder().id("example").name("Example").source(source);
        for (EscalationStage stage : List.of(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL,
                EscalationStage.FIRST_LINE_MANAGERS, EscalationStage.SENIOR_MANAGERS)) {
            protocol.putStageTimescale(stage, EscalationProtocols.stageTimescale("example.escalation-stage-"
                    + stage.number(), stage, days, TimescaleUnit.WORKING_DAYS, source));
        }
        return protocol.build();
    }

    private static ProfessionalDisagreement raised() {
        return ProfessionalDisagreement.builder().id("d-1").addChildId("c-1").raisedBy(TEACHER).raisedWith(CSW)
                .raisedOn(FRIDAY).concern("The school thinks the family needs more than advice").build();
    }

    @Test
    void escalationGoesOneStageAtATimeAndNeverPastTheFourth() {
        ProfessionalDisagreement d = raised();
        for (EscalationStage expected : EscalationStage.values()) {
            assertEquals(Optional.of(expected), ESCALATION.nextStage(d));
            d = ESCALATION.escalate(d, FRIDAY.plusDays(expected.number()), BOTH);
            assertEquals(Optional.of(expected), d.currentStage());
        }
        assertEquals(Optional.empty(), ESCALATION.nextStage(d));
        ProfessionalDisagreement atFour = d;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ESCALATION.escalate(atFour, FRIDAY.plusDays(30), BOTH));
        assertTrue(e.getMessage().contains("Stage Four"), e.getMessage());
    }

    @Test
    void aResolvedDisagreementCannotBeEscalated() {
        ProfessionalDisagreement resolved = ESCALATION.resolve(ESCALATION.escalate(raised(), FRIDAY, BOTH),
                FRIDAY.plusDays(3), "Agreed a joint visit");
        assertEquals(Optional.empty(), ESCALATION.nextStage(resolved));
        assertThrows(IllegalStateException.class, () -> ESCALATION.escalate(resolved, FRIDAY.plusDays(4), BOTH));
        assertThrows(IllegalStateException.class, () -> ESCALATION.resolve(resolved, FRIDAY.plusDays(4), "Again"));
    }

    @Test
    void escalatingBeforeTheResponseAtTheStageBeforeIsRejected() {
        ProfessionalDisagreement answered = ESCALATION.respond(ESCALATION.escalate(raised(), FRIDAY, BOTH),
                FRIDAY.plusDays(5), Optional.of("CADS kept its decision"));
        assertEquals("stages", assertThrows(InvalidValueException.class,
                () -> ESCALATION.escalate(answered, FRIDAY.plusDays(4), BOTH)).field());
    }

    @Test
    void aResponseIsRecordedOnceAtTheStageReached() {
        assertThrows(IllegalStateException.class, () -> ESCALATION.respond(raised(), FRIDAY, Optional.empty()));
        ProfessionalDisagreement answered = ESCALATION.respond(ESCALATION.escalate(raised(), FRIDAY, BOTH),
                FRIDAY.plusDays(3), Optional.empty());
        assertEquals(Optional.of(FRIDAY.plusDays(3)), answered.latestStage().orElseThrow().respondedOn());
        assertThrows(IllegalStateException.class, () -> ESCALATION.respond(answered, FRIDAY.plusDays(4), Optional.empty()));
    }

    @Test
    void theNorfolkProtocolShipsTheStagesWithNoInventedTimescales() {
        EscalationProtocol norfolk = EscalationProtocols.norfolk2023();
        assertTrue(norfolk.stageTimescales().isEmpty());
        ProfessionalDisagreement atOne = Escalation.norfolk2023().escalate(raised(), FRIDAY, BOTH);
        assertEquals(Optional.empty(), Escalation.norfolk2023().responseDeadline(atOne.stages().get(0), ENGLAND));
        assertEquals(List.of(), Escalation.norfolk2023().overdueStages(atOne, FRIDAY.plusYears(1), ENGLAND));
        assertEquals(List.of(), Escalation.norfolk2023().check(atOne, FRIDAY.plusYears(1), ENGLAND));
    }

    @Test
    void aPartnershipsStageTimescaleIsCountedInWorkingDaysAcrossChristmas() {
        ProfessionalDisagreement atOne = ESCALATION.escalate(raised(), FRIDAY, BOTH);
        Deadline due = ESCALATION.responseDeadline(atOne.stages().get(0), ENGLAND).orElseThrow();
        // Monday 22, Tuesday 23, Wednesday 24, (Christmas, Boxing Day, weekend) Monday 29, Tuesday 30.
        assertEquals(LocalDate.of(2025, 12, 30), due.dueDate());
        assertEquals(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL.startedEvent(), due.timescale().triggerEvent());
        assertEquals(List.of(), ESCALATION.overdueStages(atOne, LocalDate.of(2025, 12, 30), ENGLAND));
        assertEquals(List.of(EscalationStage.PROFESSIONAL_TO_PROFESSIONAL),
                ESCALATION.overdueStages(atOne, LocalDate.of(2025, 12, 31), ENGLAND));
        List<Finding> findings = ESCALATION.check(atOne, LocalDate.of(2026, 1, 2), ENGLAND);
        assertEquals(List.of("multiagency.escalation-response-overdue"), findings.stream().map(Finding::code).toList());
        assertEquals("stages/0", findings.get(0).path());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("2 working days overdue"), findings.get(0).message());
    }

    @Test
    void aStageWithNoTimescaleInTheProtocolIsNeverOverdue() {
        ProfessionalDisagreement d = raised();
        for (int i = 0; i < 4; i++) {
            d = ESCALATION.escalate(d, FRIDAY.plusDays(i), BOTH);
        }
        assertEquals(EscalationStage.RESOLUTION_PANEL, d.currentStage().orElseThrow());
        assertEquals(List.of(), ESCALATION.overdueStages(d, FRIDAY.plusYears(1), ENGLAND));
    }

    @Test
    void lateResponsesAndStagesEscalatedWithoutOneAreQueried() {
        ProfessionalDisagreement d = ESCALATION.escalate(raised(), FRIDAY, BOTH);
        d = ESCALATION.respond(d, LocalDate.of(2026, 1, 5), Optional.of("No change"));
        d = ESCALATION.escalate(d, LocalDate.of(2026, 1, 5), BOTH);
        d = ESCALATION.escalate(d, LocalDate.of(2026, 1, 20), BOTH);
        ProfessionalDisagreement withJags = ProfessionalDisagreement.builder(d).jointSupervisionConsidered(true).build();
        List<Finding> findings = ESCALATION.check(withJags, LocalDate.of(2026, 1, 21), ENGLAND);
        assertEquals(List.of("multiagency.escalation-response-late", "multiagency.escalation-response-late"),
                findings.stream().map(Finding::code).toList());
        assertEquals(List.of("stages/0/respondedOn", "stages/1"), findings.stream().map(Finding::path).toList());
    }

    @Test
    void formalEscalationWithoutConsideringJointSupervisionIsQueried() {
        ProfessionalDisagreement atTwo = ESCALATION.escalate(ESCALATION.escalate(raised(), FRIDAY, BOTH), FRIDAY, BOTH);
        List<Finding> findings = ESCALATION.check(atTwo, FRIDAY, ENGLAND);
        assertEquals(List.of("multiagency.escalation-joint-supervision-not-considered"),
                findings.stream().map(Finding::code).toList());
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertEquals("Managing Challenge, Disagreement and Uncertainty", findings.get(0).source().orElseThrow().section());
    }

    @Test
    void stagesWithOneSideAndResolutionsWithNoRecordAreQueried() {
        ProfessionalDisagreement d = ESCALATION.escalate(raised(), FRIDAY, List.of(TEACHER));
        d = ProfessionalDisagreement.builder(d).resolvedOn(FRIDAY.plusDays(1)).build();
        assertEquals(List.of("multiagency.escalation-participants-missing",
                "multiagency.escalation-resolution-not-recorded"),
                ESCALATION.check(d, FRIDAY.plusDays(1), ENGLAND).stream().map(Finding::code).toList());
    }

    @Test
    void thePromptsKeepTheChildInFocusAndAskForJointSupervisionBeforeFormalEscalation() {
        ProfessionalDisagreement atOne = ESCALATION.escalate(raised(), FRIDAY, BOTH);
        assertEquals(List.of(EscalationPrompt.KEEP_CHILD_IN_FOCUS, EscalationPrompt.IMMEDIATE_RISK_STRATEGY_MEETING,
                EscalationPrompt.TALK_TO_LINE_MANAGER, EscalationPrompt.CHECK_WRITTEN_RECORD,
                EscalationPrompt.CONSIDER_JOINT_SUPERVISION, EscalationPrompt.KEEP_CLEAR_RECORDS),
                ESCALATION.prompts(atOne));
        ProfessionalDisagreement considered = ProfessionalDisagreement.builder(atOne).jointSupervisionConsidered(true)
                .build();
        assertFalse(ESCALATION.prompts(considered).contains(EscalationPrompt.CONSIDER_JOINT_SUPERVISION));
        ProfessionalDisagreement atTwo = ESCALATION.escalate(atOne, FRIDAY, BOTH);
        assertEquals(List.of(EscalationPrompt.KEEP_CHILD_IN_FOCUS, EscalationPrompt.IMMEDIATE_RISK_STRATEGY_MEETING,
                EscalationPrompt.KEEP_CLEAR_RECORDS), ESCALATION.prompts(atTwo));
        ProfessionalDisagreement resolved = ESCALATION.resolve(atTwo, FRIDAY.plusDays(2), "Agreed");
        assertEquals(List.of(EscalationPrompt.KEEP_CLEAR_RECORDS), ESCALATION.prompts(resolved));
    }

    @Test
    void escalationNeverMovesBackwards() {
        Gen<ProfessionalDisagreement> disagreements = MultiagencyGen.escalatableDisagreements();
        Property.forAll(disagreements.flatMap(d -> random -> new Object[] {d,
                d.stages().isEmpty() ? d.raisedOn() : d.latestStage().orElseThrow().lastDate(),
                random.nextInt(0, 40)}), input -> {
            ProfessionalDisagreement d = (ProfessionalDisagreement) input[0];
            LocalDate on = ((LocalDate) input[1]).plusDays((Integer) input[2]);
            int before = d.currentStage().map(EscalationStage::number).orElse(0);
            ProfessionalDisagreement after = ESCALATION.escalate(d, on, BOTH);
            assertEquals(before + 1, after.currentStage().orElseThrow().number());
            assertEquals(d.stages(), after.stages().subList(0, d.stages().size()));
            LocalDate last = after.raisedOn();
            for (DisagreementStage stage : after.stages()) {
                assertFalse(stage.startedOn().isBefore(last));
                last = stage.lastDate();
            }
        });
    }

    @Test
    void escalatingToTheEndVisitsEveryStageOnceAndThenStops() {
        Property.forAll(MultiagencyGen.escalatableDisagreements(), d -> {
            ProfessionalDisagreement now = d;
            int previous = now.currentStage().map(EscalationStage::number).orElse(0);
            while (ESCALATION.nextStage(now).isPresent()) {
                LocalDate on = now.latestStage().map(DisagreementStage::lastDate).orElse(now.raisedOn());
                now = ESCALATION.escalate(now, on, BOTH);
                int reached = now.currentStage().orElseThrow().number();
                assertEquals(previous + 1, reached);
                previous = reached;
            }
            assertEquals(4, previous);
            ProfessionalDisagreement last = now;
            assertThrows(IllegalStateException.class, () -> ESCALATION.escalate(last, last.raisedOn().plusYears(1), BOTH));
        });
    }

    @Test
    void everyStageDeadlineIsCountedFromTheDateTheStageWasReached() {
        Gen<Object[]> protocolsAndDisagreements = random -> new Object[] {
                MultiagencyGen.protocols().generate(random), MultiagencyGen.disagreements().generate(random)};
        Property.forAll(protocolsAndDisagreements, input -> {
            Escalation escalation = Escalation.of((EscalationProtocol) input[0]);
            ProfessionalDisagreement d = (ProfessionalDisagreement) input[1];
            for (DisagreementStage stage : d.stages()) {
                Optional<Deadline> due = escalation.responseDeadline(stage, ENGLAND);
                assertEquals(escalation.protocol().timescale(stage.stage()).isPresent(), due.isPresent());
                due.ifPresent(deadline -> {
                    assertEquals(stage.startedOn(), deadline.trigger());
                    assertFalse(deadline.dueDate().isBefore(stage.startedOn().minusDays(1)));
                });
            }
            for (Finding finding : escalation.check(d, d.raisedOn().plusYears(2), ENGLAND)) {
                assertTrue(finding.code().startsWith("multiagency.escalation-"), finding::code);
                d.concern().ifPresent(c -> assertFalse(finding.message().contains(c)));
            }
            assertTrue(escalation.overdueStages(d, d.raisedOn().plusYears(2), ENGLAND).size() <= 1);
        });
    }
}
