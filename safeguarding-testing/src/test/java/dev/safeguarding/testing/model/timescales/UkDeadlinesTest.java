package dev.safeguarding.testing.model.timescales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.calendar.UkCalendars;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.Timescales;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's timescales on the UK calendars: the worked example of the README, both counting
 * conventions on a trigger that is a working day, a weekend day and a bank holiday, and the
 * calendar-month timescales.
 */
class UkDeadlinesTest {

    private static final WorkingCalendar EW = UkCalendars.englandAndWales();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aReferralOnTheThursdayBeforeEaster2026() {
        // Good Friday 3 April and Easter Monday 6 April 2026; Early May 4 May, Spring 25 May
        Deadline assessment = Timescales.byId("wt2023.assessment").dueFrom(date("2026-04-02"), EW);
        assertEquals(date("2026-06-10"), assessment.dueDate());
        assertEquals(45, EW.workingDaysBetween(date("2026-04-02"), assessment.dueDate()));
        // a weekday count that forgets the bank holidays would say Thursday 4 June
        assertEquals(date("2026-06-04"), date("2026-04-02").plusWeeks(9));

        DeadlineStatus lateMay = assessment.status(date("2026-05-29"));
        assertEquals(DeadlineState.DUE_LATER, lateMay.state());
        assertEquals(8, lateMay.workingDaysLeft());
        assertTrue(assessment.status(date("2026-06-10")).isDueToday());
        assertEquals(2, assessment.status(date("2026-06-12")).workingDaysOverdue());
        assertTrue(assessment.outcome(date("2026-06-10")).isOnTime());
        assertEquals(1, assessment.outcome(date("2026-06-11")).workingDaysLate());

        // inclusive of the referral day, one working day sooner
        assertEquals(date("2026-06-09"), Timescales.ASSESSMENT.withConvention(CountingConvention.INCLUSIVE)
                .dueFrom(date("2026-04-02"), EW).dueDate());
        // in Scotland there is no Easter Monday holiday
        assertEquals(date("2026-06-09"), Timescales.ASSESSMENT.dueFrom(date("2026-04-02"), UkCalendars.scotland())
                .dueDate());
    }

    @Test
    void conventionsOnAWorkingDayAWeekendAndABankHoliday() {
        Timescale icpc = Timescales.INITIAL_CHILD_PROTECTION_CONFERENCE;
        Timescale inclusive = icpc.withConvention(CountingConvention.INCLUSIVE);
        // strategy discussion on Thursday 2 April 2026, a working day: the conventions differ by a day
        assertEquals(date("2026-04-27"), icpc.dueFrom(date("2026-04-02"), EW).dueDate());
        assertEquals(date("2026-04-24"), inclusive.dueFrom(date("2026-04-02"), EW).dueDate());
        // on Saturday 4 April, a weekend day: day 1 is Tuesday 7 April under both
        assertEquals(date("2026-04-27"), icpc.dueFrom(date("2026-04-04"), EW).dueDate());
        assertEquals(date("2026-04-27"), inclusive.dueFrom(date("2026-04-04"), EW).dueDate());
        // on Good Friday 3 April and Easter Monday 6 April, bank holidays: the same
        for (String holiday : List.of("2026-04-03", "2026-04-06")) {
            assertEquals(date("2026-04-27"), icpc.dueFrom(date(holiday), EW).dueDate(), holiday);
            assertEquals(date("2026-04-27"), inclusive.dueFrom(date(holiday), EW).dueDate(), holiday);
        }
        // the referral decision: exclusive, the next working day; inclusive, the day itself
        assertEquals(date("2026-04-07"), Timescales.REFERRAL_DECISION.dueFrom(date("2026-04-02"), EW).dueDate());
        assertEquals(date("2026-04-02"), Timescales.REFERRAL_DECISION.withConvention(CountingConvention.INCLUSIVE)
                .dueFrom(date("2026-04-02"), EW).dueDate());
        assertEquals(date("2026-04-07"), Timescales.REFERRAL_DECISION.withConvention(CountingConvention.INCLUSIVE)
                .dueFrom(date("2026-04-03"), EW).dueDate());
    }

    @Test
    void theCensusValidatorsExampleOnTheEnglandAndWalesCalendar() {
        assertEquals(date("2023-03-31"), Timescales.ASSESSMENT.withConvention(CountingConvention.INCLUSIVE)
                .dueFrom(date("2023-01-30"), EW).dueDate());
        assertEquals(date("2023-01-30"), EW.minusWorkingDays(date("2023-03-31"), 44));
    }

    @Test
    void reviewConferencesFollowPlusMonths() {
        Deadline first = Timescales.FIRST_REVIEW_CONFERENCE.dueFrom(date("2023-11-30"), EW);
        assertEquals(date("2024-02-29"), first.dueDate());
        Deadline next = Timescales.SUBSEQUENT_REVIEW_CONFERENCE.dueFrom(first.dueDate(), EW);
        assertEquals(date("2024-08-29"), next.dueDate());
        // 3 months from Tuesday 5 March 2024 is Wednesday 5 June; from 31 March 2024, Sunday 30 June
        Deadline sunday = Timescales.FIRST_REVIEW_CONFERENCE.dueFrom(date("2024-03-31"), EW);
        assertEquals(date("2024-06-30"), sunday.dueDate());
        assertEquals(date("2024-06-28"), sunday.lastWorkingDay());
        assertEquals(0, sunday.status(date("2024-06-28")).workingDaysLeft());
        assertTrue(sunday.status(date("2024-06-28")).isDueLater());
        assertEquals(2, sunday.status(date("2024-06-28")).calendarDaysLeft());
        assertFalse(sunday.outcome(date("2024-07-01")).isOnTime());
        assertEquals(1, sunday.outcome(date("2024-07-01")).workingDaysLate());
    }

    @Test
    void closureDaysCountAgainstTheDeadline() {
        WorkingCalendar council = EW.withClosures(List.of(date("2026-12-29"), date("2026-12-30"), date("2026-12-31")));
        assertEquals(date("2026-12-31"), Timescales.CADS_FEEDBACK_SUMMARY.dueFrom(date("2026-12-22"), EW).dueDate());
        assertEquals(date("2027-01-06"), Timescales.CADS_FEEDBACK_SUMMARY.dueFrom(date("2026-12-22"), council).dueDate());
    }

    @Test
    void outsideTheCoverageIsRefusedWithTheRange() {
        DateTimeException e = assertThrows(DateTimeException.class,
                () -> Timescales.ASSESSMENT.dueFrom(date("2099-12-01"), EW));
        assertTrue(e.getMessage().contains("1990-01-01 to 2099-12-31"), e.getMessage());
        assertThrows(DateTimeException.class, () -> Timescales.FIRST_REVIEW_CONFERENCE.dueFrom(date("2099-11-01"), EW));
        assertThrows(DateTimeException.class, () -> Timescales.ASSESSMENT.dueFrom(date("1989-06-01"), EW));
    }

    /** A catalogue timescale, a UK calendar and a trigger date. */
    record Case(Timescale timescale, WorkingCalendar calendar, LocalDate trigger) {
    }

    @Test
    void everyCatalogueTimescaleOnEveryUkCalendar() {
        Gen<Case> cases = random -> new Case(Gen.elements(Timescales.all()).generate(random),
                Gen.oneOf(UkCalendars.englandAndWales(), UkCalendars.scotland(), UkCalendars.northernIreland())
                        .generate(random),
                Gen.dates(date("1990-01-01"), date("2098-12-31")).generate(random));
        Property.forAll(cases, c -> {
            Timescale t = c.timescale();
            WorkingCalendar cal = c.calendar();
            Deadline d = t.dueFrom(c.trigger(), cal);
            if (t.unit().isWorkingDays()) {
                assertEquals(t.amount(), cal.workingDaysBetween(c.trigger(), d.dueDate()));
                assertTrue(cal.isWorkingDay(d.dueDate()));
            } else {
                assertEquals(c.trigger().plusMonths(t.amount()), d.dueDate());
            }
            assertTrue(d.status(c.trigger()).isDueLater());
            assertTrue(d.status(d.dueDate()).isDueToday());
        });
    }
}
