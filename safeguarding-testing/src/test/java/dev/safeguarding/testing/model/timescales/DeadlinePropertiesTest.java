package dev.safeguarding.testing.model.timescales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.calendar.WorkingDays;
import dev.safeguarding.model.timescales.CountingConvention;
import dev.safeguarding.model.timescales.Deadline;
import dev.safeguarding.model.timescales.DeadlineOutcome;
import dev.safeguarding.model.timescales.DeadlineState;
import dev.safeguarding.model.timescales.DeadlineStatus;
import dev.safeguarding.model.timescales.Timescale;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import dev.safeguarding.testing.SimpleWorkingDays;
import dev.safeguarding.testing.TimescaleGen;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of deadlines over generated timescales, triggers and calendars. */
class DeadlinePropertiesTest {

    /** A timescale, a calendar, a trigger and a second date (an "as of" or a completion). */
    record Case(Timescale timescale, WorkingDays calendar, LocalDate trigger, LocalDate other) {
    }

    private static Gen<Case> cases(Gen<Timescale> timescales) {
        return random -> {
            LocalDate trigger = TimescaleGen.triggers().generate(random);
            Set<LocalDate> holidays = new HashSet<>(Gen.lists(Gen.dates(trigger.minusDays(30), trigger.plusDays(120)),
                    0, 12).generate(random));
            return new Case(timescales.generate(random), SimpleWorkingDays.mondayToFriday(holidays), trigger,
                    trigger.plusDays(random.nextInt(-10, 200)));
        };
    }

    @Test
    void aWorkingDayDeadlineIsAWorkingDayTheAmountAwayUnderItsConvention() {
        Property.forAll(500, cases(TimescaleGen.workingDayTimescales()), c -> {
            Deadline d = c.timescale().dueFrom(c.trigger(), c.calendar());
            assertTrue(c.calendar().isWorkingDay(d.dueDate()));
            int between = c.calendar().workingDaysBetween(c.trigger(), d.dueDate());
            boolean countsTrigger = c.timescale().convention() == CountingConvention.INCLUSIVE
                    && c.calendar().isWorkingDay(c.trigger());
            assertEquals(countsTrigger ? c.timescale().amount() - 1 : c.timescale().amount(), between);
            assertEquals(d.dueDate(), d.lastWorkingDay());
        });
    }

    @Test
    void theConventionsDifferOnlyWhenTheTriggerIsAWorkingDay() {
        Property.forAll(500, cases(TimescaleGen.timescales()), c -> {
            Timescale t = c.timescale();
            LocalDate exclusive = t.withConvention(CountingConvention.EXCLUSIVE).dueFrom(c.trigger(), c.calendar()).dueDate();
            LocalDate inclusive = t.withConvention(CountingConvention.INCLUSIVE).dueFrom(c.trigger(), c.calendar()).dueDate();
            if (t.unit().isWorkingDays()) {
                assertEquals(c.calendar().isWorkingDay(c.trigger()) ? c.calendar().plusWorkingDays(exclusive, -1)
                        : exclusive, inclusive);
            } else {
                assertEquals(exclusive.minusDays(1), inclusive);
            }
        });
    }

    @Test
    void statusAndOutcomeAgreeWithTheDueDate() {
        Property.forAll(500, cases(TimescaleGen.timescales()), c -> {
            Deadline d = c.timescale().dueFrom(c.trigger(), c.calendar());
            DeadlineStatus status = d.status(c.other());
            int cmp = c.other().compareTo(d.dueDate());
            assertEquals(cmp < 0 ? DeadlineState.DUE_LATER : cmp == 0 ? DeadlineState.DUE_TODAY : DeadlineState.OVERDUE,
                    status.state());
            assertEquals(Math.max(0, c.calendar().workingDaysBetween(c.other(), d.dueDate())), status.workingDaysLeft());
            assertEquals(Math.max(0, c.calendar().workingDaysBetween(d.dueDate(), c.other())), status.workingDaysOverdue());
            assertTrue(status.workingDaysLeft() == 0 || status.workingDaysOverdue() == 0);
            if (!c.other().isBefore(c.trigger())) {
                DeadlineOutcome outcome = d.outcome(c.other());
                assertEquals(cmp <= 0, outcome.isOnTime());
                assertEquals(status.workingDaysOverdue(), outcome.workingDaysLate());
                assertEquals(status.calendarDaysOverdue(), outcome.calendarDaysLate());
            }
        });
    }
}
