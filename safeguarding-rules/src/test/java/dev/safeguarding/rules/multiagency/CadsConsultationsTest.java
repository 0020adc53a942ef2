package dev.safeguarding.rules.multiagency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.Finding;
import dev.safeguarding.model.Severity;
import dev.safeguarding.model.multiagency.CadsConsultation;
import dev.safeguarding.model.multiagency.CadsOutcome;
import dev.safeguarding.model.multiagency.CadsScriptStep;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import dev.safeguarding.model.people.Agency;
import dev.safeguarding.model.people.AgencyType;
import dev.safeguarding.model.people.Practitioner;
import dev.safeguarding.model.sharing.ConsentStatus;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.MultiagencyGen;
import dev.safeguarding.testing.Property;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Norfolk Continuum of Needs (2023), "Recording what we do and the decisions we take": "The named
 * Consultant Social Worker will always provide the caller a feedback summary of the conversation and agreed
 * decision within five working days."
 */
class CadsConsultationsTest {

    private static final WorkingCalendar ENGLAND = UkCalendars.englandAndWales();
    private static final CadsConsultations CADS = CadsConsultations.norfolk2023();
    private static final Practitioner TEACHER = Practitioner.of("p-1", "Designated safeguarding lead",
            Agency.of("school-1", "Example Primary School", AgencyType.EDUCATION));
    private static final Practitioner CSW = Practitioner.of("p-2", "Consultant Social Worker",
            Agency.of("cads", "Children's Advice and Duty Service", AgencyType.LOCAL_AUTHORITY));

    /** Friday 19 December 2025. */
    private static final LocalDate CALLED = LocalDate.of(2025, 12, 19);

    private static CadsConsultation.Builder complete() {
        return CadsConsultation.builder().id("k-1").addChildId("c-1").caller(TEACHER).consultedOn(CALLED)
                .consultantSocialWorker(CSW).completedSteps(EnumSet.allOf(CadsScriptStep.class))
                .consent(ConsentStatus.GIVEN).outcome(CadsOutcome.FORMAL_REFERRAL)
                .referralPathway(Pathway.FAMILY_SUPPORT_REFERRAL).levelOfNeed(LevelOfNeed.COMPLEX);
    }

    @Test
    void aFastReferralAtUniversalIsQueriedAsAContradiction() {
        // "Or a formal referral, recording the level of need. Depending on the level, the referral will be
        //  processed into either a Family Support Team or Social Work Team"; FAST: "If child is at risk or likely
        //  risk of harm requiring a statutory Social Work Assessment" (NSCP, Norfolk Continuum of Needs 2023)
        CadsConsultation fastAtUniversal = complete().referralPathway(Pathway.FAST_REFERRAL)
                .levelOfNeed(LevelOfNeed.UNIVERSAL).feedbackSummaryGivenOn(CALLED).build();
        List<Finding> findings = CADS.check(fastAtUniversal, CALLED.plusDays(1), ENGLAND);
        assertEquals(List.of("multiagency.cads-level-contradicts-pathway"),
                findings.stream().map(Finding::code).toList());
        assertEquals("levelOfNeed", findings.get(0).path());
        assertEquals(Severity.QUERY, findings.get(0).severity());
        for (LevelOfNeed level : LevelOfNeed.values()) {
            CadsConsultation fast = complete().referralPathway(Pathway.FAST_REFERRAL).levelOfNeed(level)
                    .feedbackSummaryGivenOn(CALLED).build();
            boolean queried = !CADS.check(fast, CALLED, ENGLAND).isEmpty();
            assertEquals(level == LevelOfNeed.UNIVERSAL || level == LevelOfNeed.ADDITIONAL, queried, level::name);
        }
    }

    @Test
    void theFeedbackSummaryIsDueFiveWorkingDaysAfterTheCallAcrossChristmas() {
        // Monday 22, Tuesday 23, Wednesday 24, (Christmas Day, Boxing Day, weekend) Monday 29, Tuesday 30.
        assertEquals(LocalDate.of(2025, 12, 30), CADS.feedbackDeadline(complete().build(), ENGLAND).dueDate());
    }

    @Test
    void theFeedbackStatusCountsWorkingDays() {
        CadsConsultation awaited = complete().build();
        DeadlineStatus christmasEve = CADS.feedbackStatus(awaited, LocalDate.of(2025, 12, 24), ENGLAND).orElseThrow();
        assertTrue(christmasEve.isDueLater());
        assertEquals(2, christmasEve.workingDaysLeft());
        DeadlineStatus afterNewYear = CADS.feedbackStatus(awaited, LocalDate.of(2026, 1, 2), ENGLAND).orElseThrow();
        assertTrue(afterNewYear.isOverdue());
        assertEquals(2, afterNewYear.workingDaysOverdue());
        List<Finding> findings = CADS.check(awaited, LocalDate.of(2026, 1, 2), ENGLAND);
        assertEquals(List.of("multiagency.cads-feedback-overdue"), findings.stream().map(Finding::code).toList());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test
    void feedbackGivenEndsTheStatusAndIsQueriedWhenLate() {
        CadsConsultation onTime = complete().feedbackSummaryGivenOn(LocalDate.of(2025, 12, 30)).build();
        assertEquals(Optional.empty(), CADS.feedbackStatus(onTime, LocalDate.of(2026, 2, 1), ENGLAND));
        assertTrue(CADS.feedbackOutcome(onTime, ENGLAND).orElseThrow().isOnTime());
        assertEquals(List.of(), CADS.check(onTime, LocalDate.of(2026, 2, 1), ENGLAND));

        CadsConsultation late = complete().feedbackSummaryGivenOn(LocalDate.of(2026, 1, 5)).build();
        List<Finding> findings = CADS.check(late, LocalDate.of(2026, 2, 1), ENGLAND);
        assertEquals(List.of("multiagency.cads-feedback-late"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("3 working days"), findings.get(0).message());
    }

    @Test
    void aConsultationWithNoOutcomeIsQueriedNeverDoNothing() {
        CadsConsultation open = CadsConsultation.builder().id("k-2").caller(TEACHER).consultedOn(CALLED).build();
        assertEquals(List.of("multiagency.cads-no-outcome", "multiagency.cads-consultant-not-named"),
                CADS.check(open, CALLED, ENGLAND).stream().map(Finding::code).toList());
    }

    @Test
    void missingScriptStepsAreListedByNumber() {
        CadsConsultation partial = complete().completedSteps(EnumSet.of(CadsScriptStep.CALLER_AND_REASON,
                CadsScriptStep.FAMILY_AND_WORRIES, CadsScriptStep.AGREED_ACTION_PLAN)).build();
        List<Finding> findings = CADS.check(partial, CALLED, ENGLAND);
        assertEquals(List.of("multiagency.cads-script-incomplete"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("3, 4, 5, 6 of 7"), findings.get(0).message());
    }

    @Test
    void aFormalReferralWithConsentNotSoughtIsQueriedButRefusalIsNot() {
        assertEquals(List.of("multiagency.cads-consent-not-sought"), CADS.check(
                complete().consent(ConsentStatus.NOT_SOUGHT).build(), CALLED, ENGLAND).stream().map(Finding::code)
                .toList());
        assertEquals(List.of(), CADS.check(complete().consent(ConsentStatus.REFUSED).build(), CALLED, ENGLAND));
    }

    @Test
    void theFeedbackDeadlineIsAlwaysTheFifthWorkingDay() {
        Property.forAll(MultiagencyGen.consultations(), consultation -> {
            LocalDate due = CADS.feedbackDeadline(consultation, ENGLAND).dueDate();
            assertEquals(5, ENGLAND.workingDaysBetween(consultation.consultedOn(), due));
            assertEquals(consultation.feedbackSummaryGivenOn().isEmpty(),
                    CADS.feedbackStatus(consultation, due, ENGLAND).isPresent());
            for (Finding finding : CADS.check(consultation, due.plusDays(10), ENGLAND)) {
                assertTrue(finding.code().startsWith("multiagency.cads-"), finding::code);
                consultation.concern().ifPresent(c -> assertTrue(!finding.message().contains(c)));
            }
        });
    }
}
