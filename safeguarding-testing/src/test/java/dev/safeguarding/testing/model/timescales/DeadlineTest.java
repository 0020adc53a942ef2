package dev.safeguarding.testing.model.timescales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.SourcePassage;
import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.DeadlineResult;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.model.timescales.TimescaleEvent;
import dev.safeguarding.model.timescales.TimescaleUnit;
import dev.safeguarding.testing.SimpleWorkingDays;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted on a simple Monday-to-Friday calendar with Easter 2024's bank holidays (Good
 * Friday 29 March, Easter Monday 1 April): both counting conventions, status and outcome.
 */
class DeadlineTest {

    private static final WorkingDays CAL = SimpleWorkingDays.mondayToFriday(Set.of(
            LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1)));

    private static Timescale timescale(int amount, TimescaleUnit unit, CountingConvention convention) {
        return Timescale.builder().id("test.timescale").label("Test").description("A timescale for the test")
                .amount(amount).unit(unit).convention(convention)
                .triggerEvent(TimescaleEvent.STRATEGY_DISCUSSION)
                .boundedEvent(TimescaleEvent.INITIAL_CHILD_PROTECTION_CONFERENCE)
                .source(SourcePassage.of("Test", "Test")).build();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate due(int amount, CountingConvention convention, String trigger) {
        return timescale(amount, TimescaleUnit.WORKING_DAYS, convention).dueFrom(date(trigger), CAL).dueDate();
    }

    @Test
    void onAWorkingDayTriggerTheConventionsDifferByTheTriggerDay() {
        // Tuesday 26 March 2024
        assertEquals(date("2024-03-27"), due(1, CountingConvention.EXCLUSIVE, "2024-03-26"));
        assertEquals(date("2024-03-26"), due(1, CountingConvention.INCLUSIVE, "2024-03-26"));
        assertEquals(date("2024-04-18"), due(15, CountingConvention.EXCLUSIVE, "2024-03-26"));
        assertEquals(date("2024-04-17"), due(15, CountingConvention.INCLUSIVE, "2024-03-26"));
    }

    @Test
    void onAWeekendTriggerBothConventionsCountTheNextWorkingDayAsDayOne() {
        // Saturday 23 March 2024: day 1 is Monday 25 March under both
        assertEquals(date("2024-03-25"), due(1, CountingConvention.EXCLUSIVE, "2024-03-23"));
        assertEquals(date("2024-03-25"), due(1, CountingConvention.INCLUSIVE, "2024-03-23"));
        assertEquals(date("2024-04-16"), due(15, CountingConvention.EXCLUSIVE, "2024-03-23"));
        assertEquals(date("2024-04-16"), due(15, CountingConvention.INCLUSIVE, "2024-03-23"));
    }

    @Test
    void onABankHolidayTriggerBothConventionsCountTheNextWorkingDayAsDayOne() {
        // Good Friday 29 March 2024: day 1 is Tuesday 2 April (Easter Monday is a holiday too)
        assertEquals(date("2024-04-02"), due(1, CountingConvention.EXCLUSIVE, "2024-03-29"));
        assertEquals(date("2024-04-02"), due(1, CountingConvention.INCLUSIVE, "2024-03-29"));
        assertEquals(date("2024-04-22"), due(15, CountingConvention.EXCLUSIVE, "2024-03-29"));
        assertEquals(date("2024-04-22"), due(15, CountingConvention.INCLUSIVE, "2024-03-29"));
    }

    @Test
    void calendarTimescalesFollowPlusMonthsAndKeepAWeekendDueDate() {
        Timescale threeMonths = timescale(3, TimescaleUnit.MONTHS, CountingConvention.EXCLUSIVE);
        assertEquals(date("2024-04-30"), threeMonths.dueFrom(date("2024-01-31"), CAL).dueDate());
        assertEquals(date("2024-02-29"), timescale(1, TimescaleUnit.MONTHS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-01-31"), CAL).dueDate());
        assertEquals(date("2023-02-28"), timescale(1, TimescaleUnit.MONTHS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2023-01-31"), CAL).dueDate());
        // 3 months from Thursday 7 March 2024 is Friday 7 June; inclusive, Thursday 6 June
        assertEquals(date("2024-06-06"), threeMonths.withConvention(CountingConvention.INCLUSIVE)
                .dueFrom(date("2024-03-07"), CAL).dueDate());
        // 6 months from Monday 9 October 2023 is Tuesday 9 April 2024; from 6 January, Saturday 6 July
        Deadline onSaturday = timescale(6, TimescaleUnit.MONTHS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-01-06"), CAL);
        assertEquals(date("2024-07-06"), onSaturday.dueDate());
        assertEquals(date("2024-07-05"), onSaturday.lastWorkingDay());
        assertEquals(date("2024-03-31"), timescale(10, TimescaleUnit.CALENDAR_DAYS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-03-21"), CAL).dueDate());
        assertEquals(date("2024-03-30"), timescale(10, TimescaleUnit.CALENDAR_DAYS, CountingConvention.INCLUSIVE)
                .dueFrom(date("2024-03-21"), CAL).dueDate());
        assertEquals(date("2024-04-04"), timescale(2, TimescaleUnit.WEEKS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-03-21"), CAL).dueDate());
        assertEquals(date("2024-04-03"), timescale(2, TimescaleUnit.WEEKS, CountingConvention.INCLUSIVE)
                .dueFrom(date("2024-03-21"), CAL).dueDate());
    }

    @Test
    void statusSaysDueLaterDueTodayOrOverdueWithWorkingDays() {
        Deadline d = timescale(15, TimescaleUnit.WORKING_DAYS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-03-26"), CAL);
        assertEquals(date("2024-04-18"), d.dueDate());

        DeadlineStatus later = d.status(date("2024-04-12"));
        assertEquals(DeadlineState.DUE_LATER, later.state());
        assertTrue(later.isDueLater());
        assertEquals(4, later.workingDaysLeft());
        assertEquals(6, later.calendarDaysLeft());
        assertEquals(0, later.workingDaysOverdue());
        assertEquals("DeadlineStatus{Due later: 4 working days left, due 2024-04-18, as of 2024-04-12}",
                later.toString());
        assertEquals(1, d.status(date("2024-04-17")).workingDaysLeft());
        assertEquals("DeadlineStatus{Due later: 1 working day left, due 2024-04-18, as of 2024-04-17}",
                d.status(date("2024-04-17")).toString());
        assertEquals("DeadlineStatus{Overdue: 1 working day overdue, due 2024-04-18, as of 2024-04-19}",
                d.status(date("2024-04-19")).toString());
        assertEquals("DeadlineOutcome{Late by 1 working day, due 2024-04-18, completed 2024-04-19}",
                d.outcome(date("2024-04-19")).toString());

        DeadlineStatus today = d.status(date("2024-04-18"));
        assertEquals(DeadlineState.DUE_TODAY, today.state());
        assertTrue(today.isDueToday());
        assertEquals(0, today.workingDaysLeft());
        assertEquals(0, today.workingDaysOverdue());

        DeadlineStatus overdue = d.status(date("2024-04-23"));
        assertEquals(DeadlineState.OVERDUE, overdue.state());
        assertTrue(overdue.isOverdue());
        assertEquals(3, overdue.workingDaysOverdue());
        assertEquals(5, overdue.calendarDaysOverdue());
        assertEquals(0, overdue.workingDaysLeft());
        assertEquals("Overdue", overdue.state().label());

        // before the trigger: simply due later
        assertEquals(DeadlineState.DUE_LATER, d.status(date("2024-03-01")).state());
    }

    @Test
    void outcomeSaysMetOnTimeOrLateByWorkingDays() {
        Deadline d = timescale(15, TimescaleUnit.WORKING_DAYS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-03-26"), CAL);
        DeadlineOutcome onTheDay = d.outcome(date("2024-04-18"));
        assertTrue(onTheDay.isOnTime());
        assertEquals(DeadlineResult.MET_ON_TIME, onTheDay.result());
        assertEquals(0, onTheDay.workingDaysLate());
        assertTrue(d.outcome(date("2024-03-26")).isOnTime());

        DeadlineOutcome late = d.outcome(date("2024-04-22"));
        assertTrue(late.isLate());
        assertEquals(DeadlineResult.LATE, late.result());
        assertEquals(2, late.workingDaysLate());
        assertEquals(4, late.calendarDaysLate());
        assertEquals("DeadlineOutcome{Late by 2 working days, due 2024-04-18, completed 2024-04-22}", late.toString());

        // a Friday due date, completed on the Saturday: late by 0 working days, 1 calendar day
        Deadline friday = timescale(1, TimescaleUnit.WORKING_DAYS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2024-04-18"), CAL);
        DeadlineOutcome saturday = friday.outcome(date("2024-04-20"));
        assertTrue(saturday.isLate());
        assertEquals(0, saturday.workingDaysLate());
        assertEquals(1, saturday.calendarDaysLate());
    }

    @Test
    void badInputIsRefused() {
        Timescale t = timescale(15, TimescaleUnit.WORKING_DAYS, CountingConvention.EXCLUSIVE);
        assertThrows(NullPointerException.class, () -> t.dueFrom(null, CAL));
        assertThrows(NullPointerException.class, () -> t.dueFrom(date("2024-03-26"), null));
        Deadline d = t.dueFrom(date("2024-03-26"), CAL);
        assertThrows(NullPointerException.class, () -> d.status(null));
        assertThrows(NullPointerException.class, () -> d.outcome(null));
        InvalidValueException before = assertThrows(InvalidValueException.class, () -> d.outcome(date("2024-03-25")));
        assertEquals("completedOn", before.field());
        assertThrows(DateTimeException.class, () -> t.dueFrom(date("1899-12-31"), CAL));
        assertThrows(DateTimeException.class, () -> d.status(date("2200-01-01")));
        // a calendar timescale is checked against the calendar's coverage too
        assertThrows(DateTimeException.class, () -> timescale(3, TimescaleUnit.MONTHS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2199-11-01"), CAL));
    }

    @Test
    void deadlinesAreValues() {
        Timescale t = timescale(15, TimescaleUnit.WORKING_DAYS, CountingConvention.EXCLUSIVE);
        Deadline a = t.dueFrom(date("2024-03-26"), CAL);
        assertEquals(a, t.dueFrom(date("2024-03-26"), CAL));
        assertEquals(a.hashCode(), t.dueFrom(date("2024-03-26"), CAL).hashCode());
        assertNotEquals(a, t.dueFrom(date("2024-03-27"), CAL));
        assertEquals(a.status(date("2024-04-01")), a.status(date("2024-04-01")));
        assertEquals(a.outcome(date("2024-04-30")), a.outcome(date("2024-04-30")));
        assertEquals("Deadline{test.timescale, trigger 2024-03-26, due 2024-04-18}", a.toString());
        assertFalse(a.equals(null));
        assertEquals(date("2024-03-26"), a.trigger());
        assertEquals(t, a.timescale());
        assertEquals(CAL, a.calendar());
    }

    @Test
    void theDfeCensusValidatorsExample() {
        // "45 working days before" 31 March 2023 is 30 January 2023, 45 working days inclusive of both;
        // counted forwards inclusive from 30 January, 45 working days end on 31 March
        WorkingDays plain = SimpleWorkingDays.mondayToFriday(Set.of());
        assertEquals(date("2023-03-31"), timescale(45, TimescaleUnit.WORKING_DAYS, CountingConvention.INCLUSIVE)
                .dueFrom(date("2023-01-30"), plain).dueDate());
        assertEquals(date("2023-04-03"), timescale(45, TimescaleUnit.WORKING_DAYS, CountingConvention.EXCLUSIVE)
                .dueFrom(date("2023-01-30"), plain).dueDate());
    }
}
