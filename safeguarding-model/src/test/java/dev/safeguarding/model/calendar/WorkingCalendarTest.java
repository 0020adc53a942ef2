package dev.safeguarding.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.safeguarding.model.InvalidValueException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Examples of the calendar front doors, and their answers to bad input. */
class WorkingCalendarTest {

    private static final WorkingCalendar EW = UkCalendars.englandAndWales();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void fifteenWorkingDaysFromAFridayCountTheFollowingMondayAsDayOne() {
        LocalDate friday = date("2024-06-07");
        assertEquals(date("2024-06-10"), EW.plusWorkingDays(friday, 1));
        assertEquals(date("2024-06-28"), EW.plusWorkingDays(friday, 15));
        assertEquals(15, EW.workingDaysBetween(friday, date("2024-06-28")));
    }

    @Test
    void countingOverEasterSkipsGoodFridayAndEasterMonday() {
        LocalDate thursdayBeforeEaster = date("2024-03-28");
        assertEquals(date("2024-04-02"), EW.plusWorkingDays(thursdayBeforeEaster, 1));
        assertEquals(date("2024-06-05"), EW.plusWorkingDays(thursdayBeforeEaster, 45));
        // Scotland has no Easter Monday holiday
        assertEquals(date("2024-04-01"), UkCalendars.scotland().plusWorkingDays(thursdayBeforeEaster, 1));
    }

    @Test
    void betweenCountsFromExclusiveToInclusive() {
        assertEquals(1, EW.workingDaysBetween(date("2024-06-07"), date("2024-06-10")));
        assertEquals(0, EW.workingDaysBetween(date("2024-06-08"), date("2024-06-09")));
        assertEquals(-1, EW.workingDaysBetween(date("2024-06-10"), date("2024-06-07")));
        // 2024: 366 days, 262 weekdays, 8 bank holidays
        assertEquals(254, EW.workingDaysBetween(date("2023-12-31"), date("2024-12-31")));
    }

    @Test
    void backwardsFromAWeekendTheFirstWorkingDayIsTheFriday() {
        LocalDate saturday = date("2024-06-08");
        assertEquals(date("2024-06-07"), EW.plusWorkingDays(saturday, -1));
        assertEquals(date("2024-06-07"), EW.minusWorkingDays(saturday, 1));
        assertEquals(date("2024-06-07"), EW.previousWorkingDay(saturday));
        assertEquals(date("2024-06-10"), EW.nextWorkingDay(saturday));
        assertEquals(0, EW.workingDaysBetween(saturday, date("2024-06-07")));
    }

    @Test
    void adjustersKeepTheTimeAndZone() {
        ZonedDateTime beforeChristmas = ZonedDateTime.of(2026, 12, 24, 17, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(ZonedDateTime.of(2026, 12, 29, 17, 30, 0, 0, ZoneOffset.UTC),
                beforeChristmas.with(EW.nextWorkingDay()));
        assertEquals(date("2026-12-24"), date("2026-12-24").with(EW.nextOrSameWorkingDay()));
        assertEquals(date("2026-12-24"), date("2026-12-28").with(EW.previousOrSameWorkingDay()));
    }

    @Test
    void aCouncilsClosureDaysBetweenChristmasAndNewYear() {
        WorkingCalendar council = EW.withClosures(List.of(date("2026-12-29"), date("2026-12-30"), date("2026-12-31")));
        assertTrue(EW.isWorkingDay(date("2026-12-29")));
        assertFalse(council.isWorkingDay(date("2026-12-29")));
        assertEquals(date("2027-01-04"), council.nextWorkingDay(date("2026-12-24")));
        assertEquals(date("2026-12-29"), EW.nextWorkingDay(date("2026-12-24")));
        List<Holiday> listed = council.holidays(2026);
        assertEquals(11, listed.size());
        assertEquals(Holiday.closure(date("2026-12-29")), listed.get(8));
        assertEquals(HolidayKind.LOCAL_CLOSURE, listed.get(8).kind());
        assertEquals("Local closure day", listed.get(8).name());
        assertEquals(EW.coverage(), council.coverage());
        assertNotEquals(EW, council);
        // a closure on a bank holiday or a weekend changes no count; the bank holiday keeps its name
        WorkingCalendar same = EW.withClosures(List.of(date("2026-12-25"), date("2026-12-26")));
        assertEquals("Christmas Day", same.holiday(date("2026-12-25")).orElseThrow().name());
        assertEquals(HolidayKind.LOCAL_CLOSURE, same.holiday(date("2026-12-26")).orElseThrow().kind());
        assertEquals(EW.workingDaysBetween(date("2026-01-01"), date("2027-01-01")),
                same.workingDaysBetween(date("2026-01-01"), date("2027-01-01")));
    }

    @Test
    void namedHolidaysCanBeAdded() {
        WorkingCalendar withExtra = EW.withHolidays(List.of(Holiday.of(date("2029-06-01"), "An extra bank holiday"),
                Holiday.of(date("2029-06-04"), "Staff development day", HolidayKind.LOCAL_CLOSURE)));
        assertEquals("An extra bank holiday", withExtra.holiday(date("2029-06-01")).orElseThrow().name());
        assertFalse(withExtra.isWorkingDay(date("2029-06-04")));
        assertTrue(withExtra.isHoliday(date("2029-06-04")));
        assertFalse(EW.isHoliday(date("2029-06-04")));
    }

    @Test
    void aCustomCalendarFromDatesAndWeekendDays() {
        // a partnership with a Friday-Saturday weekend and two holidays
        WorkingCalendar custom = WorkingCalendar.of("Example partnership", date("2030-01-01"), date("2030-12-31"),
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                List.of(date("2030-03-03"), date("2030-03-04"), date("2030-03-04")));
        assertTrue(custom.isWorkingDay(date("2030-02-28")));   // Thursday
        assertFalse(custom.isWorkingDay(date("2030-03-01")));  // Friday
        assertFalse(custom.isWorkingDay(date("2030-03-02")));  // Saturday
        assertFalse(custom.isWorkingDay(date("2030-03-03")));  // Sunday, a holiday
        assertTrue(custom.isWorkingDay(date("2030-03-05")));
        assertEquals(date("2030-03-05"), custom.plusWorkingDays(date("2030-03-02"), 1));
        assertEquals(2, custom.holidays(2030).size());
        assertEquals("Holiday", custom.holidays(2030).get(0).name());
        assertEquals(date("2030-12-31"), custom.publishedUntil());
        assertEquals(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), custom.weekendDays());
        assertEquals(custom, WorkingCalendar.of("Example partnership", date("2030-01-01"), date("2030-12-31"),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.FRIDAY), List.of(date("2030-03-04"), date("2030-03-03"))));
    }

    @Test
    void aCalendarWithNoWeekend() {
        WorkingCalendar everyDay = WorkingCalendar.builder().name("Every day").coverage(date("2030-01-01"),
                date("2030-01-31")).weekendDays().build();
        assertEquals(30, everyDay.workingDaysBetween(date("2030-01-01"), date("2030-01-31")));
    }

    @Test
    void publishedHolidaysReplaceOnlyTheirYears() {
        PublishedHolidays published = PublishedHolidays.of(Year.of(2029), Year.of(2029), List.of(
                Holiday.of(date("2029-01-01"), "New Year's Day"),
                Holiday.of(date("2029-07-02"), "A one-off holiday for the test")));
        WorkingCalendar overlaid = EW.withPublishedHolidays(published);
        assertEquals(published.holidays(), overlaid.holidays(2029));
        assertTrue(overlaid.isWorkingDay(date("2029-12-25")));
        assertFalse(overlaid.isWorkingDay(date("2029-07-02")));
        assertEquals(EW.holidays(2028), overlaid.holidays(2028));
        assertEquals(EW.holidays(2030), overlaid.holidays(2030));
        // 2029 follows 2028, which follows the published 2027: the list now reaches the end of 2029?
        // no: 2028 is still projected, so publishedUntil stays where it was
        assertEquals(date("2027-12-31"), overlaid.publishedUntil());
        WorkingCalendar next = EW.withPublishedHolidays(PublishedHolidays.of(Year.of(2026), Year.of(2028),
                EW.holidays(date("2026-01-01"), date("2028-12-31"))));
        assertEquals(date("2028-12-31"), next.publishedUntil());
        assertEquals(EW.holidays(), next.holidays());
    }

    @Test
    void closuresSurviveAnOverlay() {
        WorkingCalendar council = EW.withClosures(List.of(date("2026-12-29")));
        WorkingCalendar overlaid = council.withPublishedHolidays(PublishedHolidays.of(Year.of(2026), Year.of(2026),
                EW.holidays(2026)));
        assertFalse(overlaid.isWorkingDay(date("2026-12-29")));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void datesOutsideTheCoverageAreRefusedWithTheRange() {
        for (LocalDate outside : List.of(date("1989-12-31"), date("2100-01-01"), LocalDate.MIN, LocalDate.MAX)) {
            DateTimeException e = assertThrows(DateTimeException.class, () -> EW.isWorkingDay(outside));
            assertTrue(e.getMessage().contains("1990-01-01 to 2099-12-31"), e.getMessage());
            assertThrows(DateTimeException.class, () -> EW.workingDaysBetween(outside, date("2024-01-01")));
            assertThrows(DateTimeException.class, () -> EW.workingDaysBetween(date("2024-01-01"), outside));
            assertThrows(DateTimeException.class, () -> EW.plusWorkingDays(outside, 0));
            assertThrows(DateTimeException.class, () -> EW.plusWorkingDays(outside, 1));
            assertThrows(DateTimeException.class, () -> EW.nextOrSameWorkingDay(outside));
            assertThrows(DateTimeException.class, () -> EW.holiday(outside));
            assertThrows(DateTimeException.class, () -> EW.isHoliday(outside));
        }
        assertThrows(DateTimeException.class, () -> EW.holidays(1989));
        assertThrows(DateTimeException.class, () -> EW.holidays(2100));
        assertThrows(DateTimeException.class, () -> UkCalendars.bankHolidays(UkDivision.SCOTLAND, 2100));
        assertThrows(DateTimeException.class, () -> EW.withClosures(List.of(date("2100-01-01"))));
        assertThrows(DateTimeException.class, () -> EW.withPublishedHolidays(
                PublishedHolidays.of(Year.of(1989), Year.of(1990), List.of())));
    }

    @Test
    void countingPastTheEdgesIsRefusedNotTruncated() {
        DateTimeException after = assertThrows(DateTimeException.class,
                () -> EW.plusWorkingDays(date("2099-12-24"), 5));
        assertTrue(after.getMessage().contains("after the end of the coverage"), after.getMessage());
        assertTrue(after.getMessage().contains("1990-01-01 to 2099-12-31"), after.getMessage());
        assertEquals(date("2099-12-31"), EW.plusWorkingDays(date("2099-12-24"), 3));
        assertThrows(DateTimeException.class, () -> EW.plusWorkingDays(date("1990-01-05"), -4));
        assertEquals(date("1990-01-02"), EW.plusWorkingDays(date("1990-01-05"), -3));
        assertThrows(DateTimeException.class, () -> EW.plusWorkingDays(date("2024-01-01"), Integer.MAX_VALUE));
        assertThrows(DateTimeException.class, () -> EW.plusWorkingDays(date("2024-01-01"), Integer.MIN_VALUE));
        assertThrows(DateTimeException.class, () -> EW.minusWorkingDays(date("2024-01-01"), Integer.MIN_VALUE));
        assertThrows(DateTimeException.class, () -> EW.nextWorkingDay(date("2099-12-31")));
        assertThrows(DateTimeException.class, () -> EW.previousWorkingDay(date("1990-01-02")));
    }

    @Test
    void theMessagesNameTheParameterNotTheDate() {
        DateTimeException e = assertThrows(DateTimeException.class,
                () -> EW.workingDaysBetween(date("2024-01-01"), date("2123-04-05")));
        assertTrue(e.getMessage().startsWith("to is outside"), e.getMessage());
        assertFalse(e.getMessage().contains("2123"), e.getMessage());
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> EW.isWorkingDay(null));
        assertThrows(NullPointerException.class, () -> EW.plusWorkingDays(null, 1));
        assertThrows(NullPointerException.class, () -> EW.workingDaysBetween(null, date("2024-01-01")));
        assertThrows(NullPointerException.class, () -> EW.workingDaysBetween(date("2024-01-01"), null));
        assertThrows(NullPointerException.class, () -> EW.withClosures(null));
        assertThrows(NullPointerException.class, () -> EW.withClosures(Arrays.asList(date("2024-01-02"), null)));
        assertThrows(NullPointerException.class, () -> EW.withPublishedHolidays(null));
        assertThrows(NullPointerException.class, () -> UkCalendars.of(null));
        assertThrows(NullPointerException.class, () -> Holiday.of(null, "x"));
        assertThrows(NullPointerException.class, () -> date("2024-01-01").with(EW.nextWorkingDay()).with(
                (java.time.temporal.TemporalAdjuster) null));
    }

    @Test
    void buildersRefuseMeaninglessCalendarsNamingTheField() {
        assertField("name", () -> WorkingCalendar.builder().coverage(date("2030-01-01"), date("2030-12-31")).build());
        assertField("name", () -> WorkingCalendar.builder().name(" ").coverage(date("2030-01-01"), date("2030-12-31"))
                .build());
        assertField("coverage", () -> WorkingCalendar.builder().name("x").build());
        assertField("coverage", () -> WorkingCalendar.builder().name("x").coverage(date("2030-01-02"),
                date("2030-01-01")).build());
        assertField("coverage", () -> WorkingCalendar.builder().name("x").coverage(date("1700-01-01"),
                date("2100-01-01")).build());
        assertField("weekendDays", () -> WorkingCalendar.builder().name("x").coverage(date("2030-01-01"),
                date("2030-12-31")).weekendDays(DayOfWeek.values()).build());
        assertField("publishedUntil", () -> WorkingCalendar.builder().name("x").coverage(date("2030-01-01"),
                date("2030-12-31")).publishedUntil(date("2031-01-01")).build());
        assertThrows(DateTimeException.class, () -> WorkingCalendar.builder().name("x").coverage(date("2030-01-01"),
                date("2030-12-31")).holiday(date("2031-01-01"), "New Year's Day").build());
        assertField("name", () -> Holiday.of(date("2030-01-01"), " "));
        assertField("to", () -> EW.holidays(date("2024-02-01"), date("2024-01-01")));
    }

    @Test
    void publishedListsRefuseMeaninglessInput() {
        assertField("lastYear", () -> PublishedHolidays.of(Year.of(2030), Year.of(2029), List.of()));
        assertField("holidays", () -> PublishedHolidays.of(Year.of(2030), Year.of(2030),
                List.of(Holiday.of(date("2031-01-01"), "New Year's Day"))));
        assertField("holidays", () -> PublishedHolidays.of(Year.of(2030), Year.of(2030),
                List.of(Holiday.of(date("2030-01-01"), "a"), Holiday.of(date("2030-01-01"), "b"))));
        assertField("holidays", () -> PublishedHolidays.of(Year.of(2030), Year.of(2030),
                List.of(Holiday.closure(date("2030-01-02")))));
    }

    @Test
    void sharedCalendarsAreTheSameInstance() {
        assertSame(UkCalendars.englandAndWales(), UkCalendars.of(UkDivision.ENGLAND_AND_WALES));
        assertSame(UkCalendars.scotland(), UkCalendars.of(UkDivision.SCOTLAND));
        assertSame(UkCalendars.northernIreland(), UkCalendars.of(UkDivision.NORTHERN_IRELAND));
        assertEquals(UkDivision.SCOTLAND, UkDivision.fromGovUkKey("scotland").orElseThrow());
        assertTrue(UkDivision.fromGovUkKey("Scotland").isEmpty());
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable executable) {
        InvalidValueException e = assertThrows(InvalidValueException.class, executable);
        assertEquals(field, e.field(), e.getMessage());
    }
}
