package dev.safeguarding.rules.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.multiagency.FamilyFeedbackRoute;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * NSCP 3.16, section 4: "The supervision session should be arranged within 15 working days from the date of
 * the accountable leads' decision to provide a joint supervision session"; "Two supervisors should be
 * agreed from two agencies to facilitate the supervision session with one being the lead coordinator (LC)
 * ... (sessions to include no more than 8-10 supervisees)"; "A record of the supervision should be
 * completed at the supervision session, circulated to all attendees and placed on the child's file by the
 * keyworker."
 */
class JointAgencyGroupSupervisionTest {

    private static final WorkingCalendar ENGLAND = UkCalendars.englandAndWales();
    private static final JointAgencyGroupSupervision JAGS = JointAgencyGroupSupervision.norfolk2023();

    private static final Agency SCHOOL = Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION);
    private static final Agency HEALTH = Agency.of("hcp-1", "Healthy Child Programme", AgencyType.HEALTH);
    private static final Practitioner TEACHER = Practitioner.builder().id("p-1").role("Designated safeguarding lead")
            .agency(SCHOOL).name("Ann Example-Teacher").build();
    private static final Practitioner HEAD = Practitioner.of("p-2", "Headteacher", SCHOOL);
    private static final Practitioner NURSE = Practitioner.of("p-3", "School nurse team leader", HEALTH);
    private static final Practitioner MANAGER = Practitioner.of("p-4", "Safeguarding supervisor", HEALTH);

    /** Friday 12 December 2025: the manager agrees to joint supervision. */
    private static final LocalDate DECIDED = LocalDate.of(2025, 12, 12);

    private static JointSupervisionRequest agreed() {
        return JointSupervisionRequest.builder().id("jags-1").addChildId("child-1").requestedBy(TEACHER)
                .requesterRole(RequesterRole.PRACTITIONER).requestedOn(DECIDED.minusDays(3))
                .addReason(JointSupervisionReason.STUCK)
                .decision(JointSupervisionDecision.agreed(MANAGER, DECIDED)).build();
    }

    private static JointSupervisionSession.Builder wellRun(LocalDate heldOn) {
        return JointSupervisionSession.builder().heldOn(heldOn).addSupervisors(HEAD, NURSE).leadCoordinatorId("p-3")
                .supervisees(supervisees(8)).participantsToldOfDisclosure(true).recordCirculatedOn(heldOn)
                .recordPlacedOnFileOn(heldOn.plusDays(1)).keyworker(TEACHER)
                .familyFeedback(FamilyFeedbackRoute.WITH_CHILD_OR_PARENTS);
    }

    private static JointSupervisionRequest withSession(JointSupervisionSession session) {
        return JointSupervisionRequest.builder(agreed()).session(session).build();
    }

    private static List<Practitioner> supervisees(int n) {
        return IntStream.range(0, n).mapToObj(i -> Practitioner.of("s-" + i, "Practitioner", SCHOOL)).toList();
    }

    private static Set<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toSet());
    }

    @Test
    void theSessionIsDueFifteenWorkingDaysAfterTheDecisionAcrossChristmas() {
        // 15 working days from Friday 12 December 2025: Christmas Day, Boxing Day and New Year's Day are not
        // counted, so the 15th is Wednesday 7 January 2026, not Friday 2 January.
        Deadline due = JAGS.sessionDeadline(agreed(), ENGLAND).orElseThrow();
        assertEquals(LocalDate.of(2026, 1, 7), due.dueDate());
        assertEquals("norfolk.joint-agency-group-supervision", due.timescale().id());
    }

    @Test
    void thereIsNoDeadlineUntilTheManagerAgrees() {
        JointSupervisionRequest notYet = JointSupervisionRequest.builder(agreed()).decision(Optional.empty()).build();
        assertEquals(Optional.empty(), JAGS.sessionDeadline(notYet, ENGLAND));
        JointSupervisionRequest refused = JointSupervisionRequest.builder(agreed())
                .decision(JointSupervisionDecision.of(MANAGER, DECIDED, false)).build();
        assertEquals(Optional.empty(), JAGS.sessionDeadline(refused, ENGLAND));
        assertEquals(List.of(), JAGS.check(refused, DECIDED.plusYears(1), ENGLAND));
    }

    @Test
    void theSessionIsOverdueTheWorkingDayAfterItsDueDate() {
        DeadlineStatus onDueDate = JAGS.sessionStatus(agreed(), LocalDate.of(2026, 1, 7), ENGLAND).orElseThrow();
        assertTrue(onDueDate.isDueToday());
        assertFalse(JAGS.isOverdue(agreed(), LocalDate.of(2026, 1, 7), ENGLAND));
        assertTrue(JAGS.isOverdue(agreed(), LocalDate.of(2026, 1, 8), ENGLAND));
        List<Finding> findings = JAGS.check(agreed(), LocalDate.of(2026, 1, 8), ENGLAND);
        assertEquals(List.of("multiagency.jags-session-overdue"), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
        assertEquals("session", findings.get(0).path());
    }

    @Test
    void aWellRunSessionOnTimeHasNoFindings() {
        JointSupervisionRequest held = withSession(wellRun(LocalDate.of(2026, 1, 6)).build());
        assertEquals(List.of(), JAGS.check(held, LocalDate.of(2026, 3, 1), ENGLAND));
        assertTrue(JAGS.sessionOutcome(held, ENGLAND).orElseThrow().isOnTime());
        assertEquals(Optional.empty(), JAGS.sessionStatus(held, LocalDate.of(2026, 3, 1), ENGLAND));
    }

    @Test
    void aSessionAfterItsDueDateIsQueried() {
        JointSupervisionRequest late = withSession(wellRun(LocalDate.of(2026, 1, 9)).build());
        List<Finding> findings = JAGS.check(late, LocalDate.of(2026, 3, 1), ENGLAND);
        assertEquals(List.of("multiagency.jags-session-late"), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertEquals(2, JAGS.sessionOutcome(late, ENGLAND).orElseThrow().workingDaysLate());
    }

    @Test
    void theTimescaleIsCheckedAsArrangedAndTheSessionHeldIsReportedSeparately() {
        // "The supervision session should be arranged within 15 working days from the date of the accountable
        //  leads' decision to provide a joint supervision session." (NSCP 3.16, section 4) Due Wednesday 7 January.
        JointSupervisionRequest arranged = JointSupervisionRequest.builder(agreed())
                .sessionArrangedOn(LocalDate.of(2026, 1, 5)).build();
        assertFalse(JAGS.isOverdue(arranged, LocalDate.of(2026, 1, 20), ENGLAND), "arranged in time: not overdue");
        assertEquals(List.of(), JAGS.check(arranged, LocalDate.of(2026, 1, 20), ENGLAND));
        assertTrue(JAGS.arrangementOutcome(arranged, ENGLAND).orElseThrow().isOnTime());

        JointSupervisionRequest heldLater = JointSupervisionRequest.builder(arranged)
                .session(wellRun(LocalDate.of(2026, 1, 21)).build()).build();
        List<Finding> findings = JAGS.check(heldLater, LocalDate.of(2026, 3, 1), ENGLAND);
        assertEquals(List.of("multiagency.jags-session-held-after-due"), findings.stream().map(Finding::code).toList());
        assertEquals("session/heldOn", findings.get(0).path());
        assertEquals(Severity.QUERY, findings.get(0).severity());
        assertTrue(JAGS.arrangementOutcome(heldLater, ENGLAND).orElseThrow().isOnTime());
        assertFalse(JAGS.sessionOutcome(heldLater, ENGLAND).orElseThrow().isOnTime());

        JointSupervisionRequest arrangedLate = JointSupervisionRequest.builder(agreed())
                .sessionArrangedOn(LocalDate.of(2026, 1, 9)).build();
        List<Finding> late = JAGS.check(arrangedLate, LocalDate.of(2026, 3, 1), ENGLAND);
        assertEquals(List.of("multiagency.jags-session-late"), late.stream().map(Finding::code).toList());
        assertEquals("sessionArrangedOn", late.get(0).path());
        assertEquals(2, JAGS.arrangementOutcome(arrangedLate, ENGLAND).orElseThrow().workingDaysLate());
    }

    @Test
    void aRequestForAChildAtImmediateRiskOrDecidedByItsRequesterIsReportedBeforeAnySession() {
        // "Where there are serious concerns which place a child, young person or their families at immediate risk
        //  of harm a Section 47 Strategy meeting should be convened" (NSCP 3.16, section 2); "The case should be
        //  discussed by the accountable team manager/safeguarding supervisor and agreement reached" (section 4)
        JointSupervisionRequest atRisk = JointSupervisionRequest.builder(agreed()).immediateRiskOfHarm(true)
                .requestedBy(MANAGER).build();
        List<Finding> findings = JAGS.check(atRisk, DECIDED, ENGLAND);
        assertEquals(List.of("multiagency.jags-immediate-risk", "multiagency.jags-self-approved"),
                findings.stream().map(Finding::code).toList());
        assertEquals(List.of("immediateRiskOfHarm", "decision/decidedBy"), findings.stream().map(Finding::path).toList());
        findings.forEach(f -> assertEquals(Severity.ERROR, f.severity()));
    }

    @Test
    void supervisorsFromOneAgencyWithNoLeadCoordinatorAreErrors() {
        JointSupervisionRequest held = withSession(wellRun(LocalDate.of(2026, 1, 6)).supervisors(List.of(HEAD, TEACHER))
                .leadCoordinatorId(Optional.empty()).build());
        assertEquals(Set.of("multiagency.jags-supervisors-one-agency", "multiagency.jags-no-lead-coordinator"),
                codes(JAGS.check(held, LocalDate.of(2026, 1, 6), ENGLAND)));
    }

    @Test
    void oneSupervisorIsAnError() {
        JointSupervisionRequest held = withSession(wellRun(LocalDate.of(2026, 1, 6)).supervisors(List.of(NURSE))
                .build());
        assertEquals(Set.of("multiagency.jags-two-supervisors"), codes(JAGS.check(held, DECIDED, ENGLAND)));
    }

    @Test
    void moreThanTenSuperviseesIsAnErrorAndNineOrTenAQuery() {
        for (int n : new int[] {0, 1, 8}) {
            assertEquals(Set.of(), codes(JAGS.check(withSession(wellRun(LocalDate.of(2026, 1, 6))
                    .supervisees(supervisees(n)).build()), DECIDED, ENGLAND)), "supervisees " + n);
        }
        for (int n : new int[] {9, 10}) {
            List<Finding> findings = JAGS.check(withSession(wellRun(LocalDate.of(2026, 1, 6))
                    .supervisees(supervisees(n)).build()), DECIDED, ENGLAND);
            assertEquals(List.of("multiagency.jags-many-supervisees"), findings.stream().map(Finding::code).toList());
            assertEquals(Severity.QUERY, findings.get(0).severity());
        }
        List<Finding> eleven = JAGS.check(withSession(wellRun(LocalDate.of(2026, 1, 6))
                .supervisees(supervisees(11)).build()), DECIDED, ENGLAND);
        assertEquals(List.of("multiagency.jags-too-many-supervisees"), eleven.stream().map(Finding::code).toList());
        assertEquals(Severity.ERROR, eleven.get(0).severity());
    }

    @Test
    void theRecordMustBeCirculatedAndPlacedOnFileAndParticipantsToldItMayBeDisclosed() {
        JointSupervisionRequest held = withSession(JointSupervisionSession.builder().heldOn(LocalDate.of(2026, 1, 6))
                .addSupervisors(HEAD, NURSE).leadCoordinatorId("p-2").furtherSessionsAgreed(true)
                .familyFeedback(FamilyFeedbackRoute.CORE_GROUP).build());
        List<Finding> findings = JAGS.check(held, LocalDate.of(2026, 1, 6), ENGLAND);
        assertEquals(List.of("multiagency.jags-disclosure-not-explained", "multiagency.jags-record-not-circulated",
                "multiagency.jags-record-not-on-file", "multiagency.jags-further-dates-not-confirmed"),
                findings.stream().map(Finding::code).toList());
        assertEquals("session/recordPlacedOnFileOn", findings.get(2).path());
        assertTrue(findings.get(0).source().orElseThrow().document().startsWith("NSCP 3.15"));
    }

    @Test
    void aRecordOnFileWithNoKeyworkerIsQueried() {
        JointSupervisionRequest held = withSession(wellRun(LocalDate.of(2026, 1, 6)).keyworker(Optional.empty()).build());
        assertEquals(Set.of("multiagency.jags-keyworker-not-recorded"), codes(JAGS.check(held, DECIDED, ENGLAND)));
    }

    @Test
    void aSessionWithoutAgreementIsAnError() {
        JointSupervisionRequest held = JointSupervisionRequest.builder(withSession(wellRun(DECIDED).build()))
                .decision(Optional.empty()).build();
        assertEquals(Set.of("multiagency.jags-session-without-agreement"), codes(JAGS.check(held, DECIDED, ENGLAND)));
    }

    @Test
    void anotherPartnershipsTimescaleIsUsedWhenGiven() {
        JointAgencyGroupSupervision ten = JointAgencyGroupSupervision.of(EscalationProtocols.stageTimescale(
                "example.jags-ten-days", dev.safeguarding.model.multiagency.EscalationStage.PROFESSIONAL_TO_PROFESSIONAL,
                10, dev.safeguarding.model.timescales.TimescaleUnit.WORKING_DAYS, JAGS.timescale().source()));
        assertEquals(ENGLAND.plusWorkingDays(DECIDED, 10), ten.sessionDeadline(agreed(), ENGLAND).orElseThrow().dueDate());
    }

    @Test
    void theDeadlineIsAlwaysTheFifteenthWorkingDayAfterAnAgreedDecision() {
        Property.forAll(MultiagencyGen.requests(), request -> {
            Optional<Deadline> due = JAGS.sessionDeadline(request, ENGLAND);
            assertEquals(request.isAgreed(), due.isPresent());
            due.ifPresent(d -> {
                LocalDate decided = request.decision().orElseThrow().decidedOn();
                assertEquals(15, ENGLAND.workingDaysBetween(decided, d.dueDate()));
                assertTrue(ENGLAND.isWorkingDay(d.dueDate()));
            });
        });
    }

    @Test
    void findingsNeverShowANameAndAlwaysCiteTheirSource() {
        Property.forAll(MultiagencyGen.requests(), request -> {
            List<Practitioner> people = new ArrayList<>(List.of(request.requestedBy()));
            request.decision().ifPresent(d -> people.add(d.decidedBy()));
            request.session().ifPresent(s -> {
                people.addAll(s.supervisors());
                people.addAll(s.supervisees());
                s.keyworker().ifPresent(people::add);
            });
            LocalDate asOf = request.session().map(JointSupervisionSession::heldOn).orElse(request.requestedOn())
                    .plusDays(30);
            for (Finding finding : JAGS.check(request, asOf, ENGLAND)) {
                assertTrue(finding.code().startsWith("multiagency.jags-"), finding::code);
                assertTrue(finding.source().isPresent(), finding::code);
                for (Practitioner person : people) {
                    person.name().ifPresent(name -> assertFalse(finding.message().contains(name), finding::message));
                }
            }
        });
    }
}
