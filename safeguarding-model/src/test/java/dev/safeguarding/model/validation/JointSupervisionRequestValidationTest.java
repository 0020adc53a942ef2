package dev.safeguarding.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.multiagency.FamilyFeedbackRoute;
import dev.safeguarding.model.multiagency.JointSupervisionDecision;
import dev.safeguarding.model.multiagency.JointSupervisionReason;
import dev.safeguarding.model.multiagency.JointSupervisionRequest;
import dev.safeguarding.model.multiagency.JointSupervisionSession;
import dev.safeguarding.model.multiagency.RequesterRole;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A joint agency group supervision request as a record with two stages: it saves as a draft whatever the
 * session did, and is complete once the session kept the procedure and its record is circulated and on the
 * child's file. NSCP 3.16, section 4: "Two supervisors should be agreed from two agencies to facilitate the
 * supervision session with one being the lead coordinator (LC) ... (sessions to include no more than 8-10
 * supervisees)"; "A record of the supervision should be completed at the supervision session, circulated to
 * all attendees and placed on the child's file by the keyworker."
 */
class JointSupervisionRequestValidationTest {

    private static final Agency SCHOOL = Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION);
    private static final Agency HEALTH = Agency.of("hcp-1", "Healthy Child Programme", AgencyType.HEALTH);
    private static final Practitioner TEACHER = Practitioner.builder().id("p-1").role("Designated safeguarding lead")
            .agency(SCHOOL).name("Ann Example-Teacher").build();
    private static final Practitioner HEAD = Practitioner.of("p-2", "Headteacher", SCHOOL);
    private static final Practitioner NURSE = Practitioner.of("p-3", "School nurse team leader", HEALTH);
    private static final Practitioner MANAGER = Practitioner.of("p-4", "Safeguarding supervisor", HEALTH);
    private static final LocalDate DECIDED = LocalDate.of(2025, 12, 12);
    private static final LocalDate HELD = LocalDate.of(2026, 1, 7);

    private static JointSupervisionRequest agreed() {
        return JointSupervisionRequest.builder().id("jags-1").addChildId("child-1").requestedBy(TEACHER)
                .requesterRole(RequesterRole.PRACTITIONER).requestedOn(DECIDED.minusDays(3))
                .addReason(JointSupervisionReason.STUCK)
                .decision(JointSupervisionDecision.agreed(MANAGER, DECIDED)).build();
    }

    private static List<Practitioner> supervisees(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Practitioner.of("s-" + i, "Practitioner", SCHOOL)).toList();
    }

    private static JointSupervisionSession.Builder wellRun() {
        return JointSupervisionSession.builder().heldOn(HELD).addSupervisors(HEAD, NURSE).leadCoordinatorId("p-3")
                .supervisees(supervisees(8)).participantsToldOfDisclosure(true).recordCirculatedOn(HELD)
                .recordPlacedOnFileOn(HELD.plusDays(1)).keyworker(TEACHER)
                .familyFeedback(FamilyFeedbackRoute.CORE_GROUP).familyFeedbackOn(HELD.plusDays(14));
    }

    private static JointSupervisionRequest withSession(JointSupervisionSession session) {
        return JointSupervisionRequest.builder(agreed()).session(session).build();
    }

    private static List<String> complete(JointSupervisionRequest request) {
        return Findings.check(Validators.DEFAULT, request, Complete.class).stream()
                .map(f -> f.severity() + " " + f.code() + " at " + f.path()).sorted().toList();
    }

    @Test
    void aSessionThatBrokeTheProcedureSavesAndIsNotCompleteUntilItsRecordIsPutRight() {
        // one supervisor, no lead coordinator, eleven supervisees, participants not told, no record yet
        JointSupervisionRequest held = withSession(JointSupervisionSession.builder().heldOn(HELD).addSupervisor(HEAD)
                .supervisees(supervisees(11)).build());

        assertEquals(List.of(), Findings.check(Validators.DEFAULT, held), "what happened is recorded as a draft");
        assertEquals(List.of(
                "ERROR multiagency.jags-disclosure-not-explained at session/participantsToldOfDisclosure",
                "ERROR multiagency.jags-no-lead-coordinator at session/leadCoordinatorId",
                "ERROR multiagency.jags-record-not-circulated at session/recordCirculatedOn",
                "ERROR multiagency.jags-record-not-on-file at session/recordPlacedOnFileOn",
                "ERROR multiagency.jags-too-many-supervisees at session/supervisees",
                "ERROR multiagency.jags-two-supervisors at session/supervisors",
                "QUERY multiagency.jags-family-feedback-not-recorded at session/familyFeedback"), complete(held));

        assertEquals(List.of(), complete(withSession(wellRun().build())), "a session that kept the procedure");
    }

    @Test
    void supervisorsFromOneAgencyAreAnErrorAndNineOrTenSuperviseesAQuery() {
        // "Two supervisors should be agreed from two agencies"; "no more than 8-10 supervisees"
        JointSupervisionRequest request = withSession(wellRun().supervisors(List.of(TEACHER, HEAD))
                .leadCoordinatorId("p-2").supervisees(supervisees(9)).build());

        assertEquals(List.of("ERROR multiagency.jags-supervisors-one-agency at session/supervisors",
                "QUERY multiagency.jags-many-supervisees at session/supervisees"), complete(request));
        assertEquals(List.of("ERROR multiagency.jags-too-many-supervisees at session/supervisees"),
                complete(withSession(wellRun().supervisees(supervisees(11)).build())));
        assertEquals(List.of(), complete(withSession(wellRun().supervisees(supervisees(8)).build())));
    }

    @Test
    void aSessionWithoutAgreementAKeyworkerOrFurtherDatesIsReportedWhereTheRulesReportIt() {
        // "agreement reached that the case should be subject to joint supervision"; "placed on the child's file by
        //  the keyworker"; "if so future dates should be confirmed with the group"
        JointSupervisionRequest request = JointSupervisionRequest.builder(agreed())
                .decision(JointSupervisionDecision.of(MANAGER, DECIDED, false))
                .session(wellRun().keyworker(java.util.Optional.empty()).furtherSessionsAgreed(true).build())
                .build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, request, Complete.class);

        assertEquals(List.of("ERROR multiagency.jags-session-without-agreement at decision",
                "QUERY multiagency.jags-further-dates-not-confirmed at session/furtherSessionDates",
                "QUERY multiagency.jags-keyworker-not-recorded at session/keyworker"), complete(request));
        assertEquals(SourcePassage.of("NSCP 3.16, Joint Agency Group Supervision Procedure (November 2022)",
                "4. Joint Agency Group Supervision Procedure"), findings.get(0).source().orElseThrow());
    }

    @Test
    void participantsNotToldOfDisclosureCiteTheFramework() {
        // "All participants of the group should be made aware before supervision starts that the content of the
        //  discussions will be recorded in minutes and that the minutes will be shared in the event of a subject
        //  access request being made by a parent/carer." (NSCP 3.15, section 4)
        Finding finding = Findings.check(Validators.DEFAULT,
                withSession(wellRun().participantsToldOfDisclosure(false).build()), Complete.class).get(0);

        assertEquals("multiagency.jags-disclosure-not-explained", finding.code());
        assertEquals(SourcePassage.of("NSCP 3.15, Framework to Support Multi-agency Working Together in Norfolk",
                "4. Joint Agency Group Supervision"), finding.source().orElseThrow());
    }

    @Test
    void aRequestForAChildAtImmediateRiskIsRedirectedToAStrategyMeeting() {
        // "Where there are serious concerns which place a child, young person or their families at immediate risk
        //  of harm a Section 47 Strategy meeting should be convened to discuss the concerns and make a plan to keep
        //  the child safe." (NSCP 3.16, section 2)
        JointSupervisionRequest atRisk = JointSupervisionRequest.builder(agreed()).immediateRiskOfHarm(true).build();

        List<Finding> findings = Findings.check(Validators.DEFAULT, atRisk, Complete.class);
        assertEquals(List.of("ERROR multiagency.jags-immediate-risk at immediateRiskOfHarm"), complete(atRisk));
        assertEquals(SourcePassage.of("NSCP 3.16, Joint Agency Group Supervision Procedure (November 2022)",
                "2. Purpose of the Joint Agency Group Supervision"), findings.get(0).source().orElseThrow());
        assertEquals(List.of(), complete(JointSupervisionRequest.builder(atRisk)
                .decision(JointSupervisionDecision.of(MANAGER, DECIDED, false)).build()),
                "a request the accountable manager declined has been redirected");
        assertEquals(List.of(), Findings.check(Validators.DEFAULT, atRisk), "recorded as it happened");
    }

    @Test
    void theRequesterDoesNotDecideTheirOwnRequest() {
        // "Cases which are appropriate for joint supervision may be identified by: ... Team managers/assistant team
        //  managers who provide management oversight of cases. The case should be discussed by the accountable team
        //  manager/safeguarding supervisor and agreement reached that the case should be subject to joint
        //  supervision." (NSCP 3.16, section 4)
        JointSupervisionRequest selfApproved = JointSupervisionRequest.builder(agreed()).requestedBy(MANAGER)
                .requesterRole(RequesterRole.SAFEGUARDING_SUPERVISOR).build();

        assertEquals(List.of("ERROR multiagency.jags-self-approved at decision/decidedBy"), complete(selfApproved));
        assertEquals(List.of("decision.decidedBy"), Validators.DEFAULT.validate(selfApproved, Complete.class).stream()
                .map(v -> v.getPropertyPath().toString()).toList());
    }

    @Test
    void howTheSessionsThinkingReachedTheFamilyIsRecordedOrQueried() {
        // "any thinking points, theories or questions that come out of it will be shared with the
        //  child/parents/carers or at the next Core Group, CiN meeting or Family Support Meeting" (NSCP 3.16,
        //  section 3); "This request from children and families can be summarised as 'nothing about us, without
        //  us'" (section 2)
        JointSupervisionRequest silent = withSession(wellRun().familyFeedback(java.util.Optional.empty())
                .familyFeedbackOn(java.util.Optional.empty()).build());

        List<Finding> findings = Findings.check(Validators.DEFAULT, silent, Complete.class);
        assertEquals(List.of("QUERY multiagency.jags-family-feedback-not-recorded at session/familyFeedback"),
                complete(silent));
        assertEquals(SourcePassage.of("NSCP 3.16, Joint Agency Group Supervision Procedure (November 2022)",
                "3. Principles"), findings.get(0).source().orElseThrow());
        assertEquals(List.of(), complete(withSession(wellRun().familyFeedback(FamilyFeedbackRoute.WITH_CHILD_OR_PARENTS)
                .familyFeedbackOn(java.util.Optional.empty()).build())), "the route alone is enough");
    }

    @Test
    void aRequestAwaitingItsSessionHasNothingToCheckWithoutADate() {
        // whether the session is overdue needs a date "as of": the rules module's JointAgencyGroupSupervision
        assertEquals(List.of(), complete(agreed()));
        assertEquals(List.of("session.supervisors"), Validators.DEFAULT.validate(withSession(wellRun()
                .supervisors(List.of(NURSE)).leadCoordinatorId("p-3").build()), Complete.class).stream()
                .map(v -> v.getPropertyPath().toString()).toList());
    }
}
