package dev.safeguarding.testing.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.calendar.HolidayKind;
import dev.safeguarding.model.calendar.WorkingCalendar;
import dev.safeguarding.testing.Gen;
import dev.safeguarding.testing.Property;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of the library's design, as properties over the whole coverage of the UK calendars
 * and over random custom calendars (seeded generators; a failure prints its seed).
 */
class WorkingCalendarPropertiesTest {

    @Test
    void theNthWorkingDayAfterHasNWorkingDaysBetween() {
        Property.forAll(CalendarGen.steps(), s -> {
            int n = Math.abs(s.n());
            assertEquals(n, s.calendar().workingDaysBetween(s.date(), s.calendar().plusWorkingDays(s.date(), n)));
        });
    }

    @Test
    void fromAWorkingDayEveryNHasNWorkingDaysBetween() {
        Property.forAll(CalendarGen.steps(), s -> {
            LocalDate a = s.calendar().nextOrSameWorkingDay(s.date());
            assertEquals(s.n(), s.calendar().workingDaysBetween(a, s.calendar().plusWorkingDays(a, s.n())));
        });
    }

    @Test
    void backwardsIsTheMirrorImage() {
        // for n < 0 the result b has -n working days in [b, a), whether or not a is a working day
        Property.forAll(CalendarGen.steps(), s -> {
            int n = -Math.abs(s.n());
            LocalDate b = s.calendar().plusWorkingDays(s.date(), n);
            assertEquals(-n, s.calendar().workingDaysBetween(b.minusDays(1), s.date().minusDays(1)));
            int between = s.calendar().workingDaysBetween(s.date(), b);
            assertEquals(s.calendar().isWorkingDay(s.date()) || n == 0 ? n : n + 1, between);
        });
    }

    @Test
    void theResultIsAWorkingDayForNonZeroN() {
        Property.forAll(CalendarGen.steps(), s -> {
            LocalDate result = s.calendar().plusWorkingDays(s.date(), s.n());
            assertTrue(s.n() == 0 ? result.equals(s.date()) : s.calendar().isWorkingDay(result));
        });
    }

    @Test
    void plusThenMinusReturnsToAWorkingStart() {
        Property.forAll(CalendarGen.steps(), s -> {
            WorkingCalendar cal = s.calendar();
            LocalDate a = cal.nextOrSameWorkingDay(s.date());
            assertEquals(a, cal.plusWorkingDays(cal.plusWorkingDays(a, s.n()), -s.n()));
            assertEquals(a, cal.minusWorkingDays(cal.plusWorkingDays(a, s.n()), s.n()));
        });
    }

    @Test
    void betweenIsAdditiveOverAdjacentRanges() {
        Property.forAll(Gen.oneOfGens(CalendarGen.threes(), CalendarGen.closeThrees()), t -> {
            WorkingCalendar cal = t.calendar();
            assertEquals(cal.workingDaysBetween(t.a(), t.c()),
                    cal.workingDaysBetween(t.a(), t.b()) + cal.workingDaysBetween(t.b(), t.c()));
        });
    }

    @Test
    void betweenIsAntisymmetric() {
        Property.forAll(CalendarGen.threes(), t -> {
            assertEquals(-t.calendar().workingDaysBetween(t.b(), t.a()), t.calendar().workingDaysBetween(t.a(), t.b()));
            assertEquals(0, t.calendar().workingDaysBetween(t.a(), t.a()));
        });
    }

    @Test
    void addingTheWorkingDaysBetweenReachesTheLastWorkingDayUpToTheEnd() {
        // any span, however long, anywhere in the coverage
        Property.forAll(CalendarGen.threes(), t -> {
            WorkingCalendar cal = t.calendar();
            LocalDate from = t.a().isBefore(t.b()) ? t.a() : t.b();
            LocalDate to = t.a().isBefore(t.b()) ? t.b() : t.a();
            int n = cal.workingDaysBetween(from, to);
            if (n > 0) {
                assertEquals(cal.previousOrSameWorkingDay(to), cal.plusWorkingDays(from, n));
            }
        });
    }

    @Test
    void agreesWithADayByDayCountOfTheSameHolidays() {
        Property.forAll(500, CalendarGen.closeThrees(), t -> {
            WorkingCalendar cal = t.calendar();
            NaiveCalendar naive = NaiveCalendar.of(cal);
            assertEquals(naive.isWorkingDay(t.a()), cal.isWorkingDay(t.a()));
            assertEquals(naive.between(t.a(), t.b()), cal.workingDaysBetween(t.a(), t.b()));
            int n = (int) (t.c().toEpochDay() - t.a().toEpochDay()) / 2;
            assertEquals(naive.plus(t.a(), n), cal.plusWorkingDays(t.a(), n));
        });
    }

    /** A custom calendar, two dates of its coverage and an amount. */
    record CustomCase(CalendarGen.Custom custom, LocalDate a, LocalDate b, int n) {
    }

    @Test
    void customCalendarsAgreeWithTheNaiveModelAndRefuseTheOutside() {
        Gen<CustomCase> cases = random -> {
            CalendarGen.Custom custom = CalendarGen.customCalendars().generate(random);
            Gen<LocalDate> dates = Gen.dates(custom.naive().start, custom.naive().end);
            return new CustomCase(custom, dates.generate(random), dates.generate(random), random.nextInt(-400, 401));
        };
        Property.forAll(300, cases, c -> {
            WorkingCalendar cal = c.custom().calendar();
            NaiveCalendar naive = c.custom().naive();
            assertEquals(naive.isWorkingDay(c.a()), cal.isWorkingDay(c.a()));
            assertEquals(naive.between(c.a(), c.b()), cal.workingDaysBetween(c.a(), c.b()));
            LocalDate expected = naive.plus(c.a(), c.n());
            if (expected == null) {
                assertThrows(DateTimeException.class, () -> cal.plusWorkingDays(c.a(), c.n()));
            } else {
                assertEquals(expected, cal.plusWorkingDays(c.a(), c.n()));
            }
            assertThrows(DateTimeException.class, () -> cal.isWorkingDay(naive.start.minusDays(1)));
            assertThrows(DateTimeException.class, () -> cal.isWorkingDay(naive.end.plusDays(1)));
        });
    }

    @Test
    void nextAndPreviousAgreeWithPlusOneAndMinusOneAndTheAdjusters() {
        Property.forAll(CalendarGen.steps(), s -> {
            WorkingCalendar cal = s.calendar();
            LocalDate d = s.date();
            assertEquals(cal.plusWorkingDays(d, 1), cal.nextWorkingDay(d));
            assertEquals(cal.plusWorkingDays(d, -1), cal.previousWorkingDay(d));
            assertEquals(cal.isWorkingDay(d) ? d : cal.nextWorkingDay(d), cal.nextOrSameWorkingDay(d));
            assertEquals(cal.isWorkingDay(d) ? d : cal.previousWorkingDay(d), cal.previousOrSameWorkingDay(d));
            assertEquals(cal.nextWorkingDay(d), d.with(cal.nextWorkingDay()));
            assertEquals(cal.previousWorkingDay(d), d.with(cal.previousWorkingDay()));
            assertEquals(cal.nextOrSameWorkingDay(d), d.with(cal.nextOrSameWorkingDay()));
            assertEquals(cal.previousOrSameWorkingDay(d), d.with(cal.previousOrSameWorkingDay()));
            LocalDateTime noon = d.atTime(LocalTime.NOON);
            assertEquals(cal.nextWorkingDay(d).atTime(LocalTime.NOON), noon.with(cal.nextWorkingDay()));
        });
    }

    /** A UK calendar, closure days and a date. */
    record ClosureCase(WorkingCalendar calendar, List<LocalDate> closures, LocalDate date) {
    }

    @Test
    void closuresOnlyRemoveWorkingDays() {
        Gen<ClosureCase> cases = random -> new ClosureCase(CalendarGen.ukCalendars().generate(random),
                Gen.lists(CalendarGen.dates(), 0, 30).generate(random), CalendarGen.dates().generate(random));
        Property.forAll(200, cases, c -> {
            WorkingCalendar closed = c.calendar().withClosures(c.closures());
            assertEquals(c.calendar().isWorkingDay(c.date()) && !c.closures().contains(c.date()),
                    closed.isWorkingDay(c.date()));
            for (LocalDate day : c.closures()) {
                assertFalse(closed.isWorkingDay(day));
            }
            assertEquals(c.calendar().coverage(), closed.coverage());
            assertEquals(c.calendar().holidays(c.date().getYear()).stream()
                    .filter(h -> h.kind() == HolidayKind.BANK_HOLIDAY).toList(),
                    closed.holidays(c.date().getYear()).stream()
                    .filter(h -> h.kind() == HolidayKind.BANK_HOLIDAY).toList());
        });
    }
}
