package dev.safeguarding.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The UK calendars follow the rules and carry the one-off holidays of {@code
 * docs/bank-holidays.md} back to 1990 and forward to 2099. The rules are checked against an
 * expectation written separately here, with its own Easter algorithm, for every year.
 */
class UkCalendarsRulesTest {

    /** One-off and moved holidays of docs/bank-holidays.md, by date: name, or null for "all divisions". */
    private static final Map<LocalDate, String> ONE_OFFS_ALL = Map.of(
            LocalDate.of(1995, 5, 8), "Early May bank holiday",
            LocalDate.of(1999, 12, 31), "Millennium bank holiday",
            LocalDate.of(2002, 6, 3), "Spring bank holiday",
            LocalDate.of(2002, 6, 4), "Golden Jubilee bank holiday",
            LocalDate.of(2011, 4, 29), "Royal wedding bank holiday",
            LocalDate.of(2012, 6, 4), "Spring bank holiday",
            LocalDate.of(2012, 6, 5), "Diamond Jubilee bank holiday",
            LocalDate.of(2020, 5, 8), "Early May bank holiday",
            LocalDate.of(2022, 6, 2), "Spring bank holiday",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday");

    @Test
    void easterAgreesWithGaussForEveryYearOfTheCoverage() {
        for (int year = 1990; year <= 2099; year++) {
            assertEquals(gaussEaster(year), UkBankHolidayRules.easterSunday(year), "Easter " + year);
        }
        assertEquals(LocalDate.of(2008, 3, 23), UkBankHolidayRules.easterSunday(2008));
        assertEquals(LocalDate.of(2038, 4, 25), UkBankHolidayRules.easterSunday(2038));
        assertEquals(LocalDate.of(2024, 3, 31), UkBankHolidayRules.easterSunday(2024));
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void everyYearFrom1990To2099MatchesTheRulesAndOneOffs(UkDivision division) {
        for (int year = 1990; year <= 2099; year++) {
            Map<LocalDate, String> expected = expected(division, year);
            Map<LocalDate, String> actual = new TreeMap<>();
            for (Holiday h : UkCalendars.of(division).holidays(year)) {
                actual.put(h.date(), h.name());
            }
            assertEquals(expected, actual, division + " " + year);
        }
    }

    @ParameterizedTest
    @EnumSource(UkDivision.class)
    void everyHolidayIsAWeekdayAndABankHoliday(UkDivision division) {
        for (Holiday h : UkCalendars.of(division).holidays()) {
            assertTrue(h.date().getDayOfWeek().getValue() <= 5, h.toString());
            assertEquals(HolidayKind.BANK_HOLIDAY, h.kind());
        }
    }

    @Test
    void historicalSubstituteDays() {
        WorkingCalendar ew = UkCalendars.englandAndWales();
        // 2004: Christmas on a Saturday
        assertHolidays(ew, "2004-12-27 Christmas Day", "2004-12-28 Boxing Day");
        // 2005: Christmas on a Sunday
        assertHolidays(ew, "2005-12-26 Boxing Day", "2005-12-27 Christmas Day");
        // 2000: New Year's Day on a Saturday, the day after the Millennium holiday
        assertHolidays(ew, "1999-12-31 Millennium bank holiday", "2000-01-03 New Year's Day");
        assertHolidays(UkCalendars.scotland(), "2000-01-03 New Year's Day", "2000-01-04 2nd January");
        // 2006: 1 January on a Sunday; Scotland's 2 January on the Monday, New Year's Day on the Tuesday
        assertHolidays(UkCalendars.scotland(), "2006-01-02 2nd January", "2006-01-03 New Year's Day");
        assertHolidays(ew, "2006-01-02 New Year's Day");
        // St Patrick's Day on a Saturday (1990) and a Sunday (1991); the Boyne on a Saturday (1997)
        assertHolidays(UkCalendars.northernIreland(), "1990-03-19 St Patrick's Day", "1991-03-18 St Patrick's Day",
                "1997-07-14 Battle of the Boyne (Orangemen's Day)");
    }

    @Test
    void oneOffAndMovedHolidays() {
        for (UkDivision division : UkDivision.values()) {
            WorkingCalendar calendar = UkCalendars.of(division);
            ONE_OFFS_ALL.forEach((date, name) -> assertEquals(name, calendar.holiday(date).orElseThrow().name(),
                    division + " " + date));
            // the regular days the moved holidays left are working days
            for (String regular : List.of("1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30")) {
                assertTrue(calendar.isWorkingDay(LocalDate.parse(regular)), division + " " + regular);
            }
            assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 9, 19)));
            assertFalse(calendar.isWorkingDay(LocalDate.of(2023, 5, 8)));
        }
        assertFalse(UkCalendars.scotland().isWorkingDay(LocalDate.of(2026, 6, 15)));
        assertTrue(UkCalendars.englandAndWales().isWorkingDay(LocalDate.of(2026, 6, 15)));
        assertTrue(UkCalendars.northernIreland().isWorkingDay(LocalDate.of(2026, 6, 15)));
    }

    @Test
    void stAndrewsDayFrom2007() {
        WorkingCalendar scotland = UkCalendars.scotland();
        assertTrue(scotland.isWorkingDay(LocalDate.of(2006, 11, 30)));
        assertEquals("St Andrew's Day", scotland.holiday(LocalDate.of(2007, 11, 30)).orElseThrow().name());
        // 30 November 2008 was a Sunday
        assertEquals("St Andrew's Day", scotland.holiday(LocalDate.of(2008, 12, 1)).orElseThrow().name());
    }

    @Test
    void holidaysAreListedPerYearWithTheirNames() {
        List<String> ew2026 = UkCalendars.englandAndWales().holidays(2026).stream().map(Holiday::toString).toList();
        assertEquals(List.of("2026-01-01 New Year's Day", "2026-04-03 Good Friday", "2026-04-06 Easter Monday",
                "2026-05-04 Early May bank holiday", "2026-05-25 Spring bank holiday",
                "2026-08-31 Summer bank holiday", "2026-12-25 Christmas Day", "2026-12-28 Boxing Day"), ew2026);
        assertEquals(10, UkCalendars.scotland().holidays(2026).size());
        assertEquals(10, UkCalendars.northernIreland().holidays(2026).size());
    }

    @Test
    void theCalendarsAreSharedAndEqualToFreshOnes() {
        for (UkDivision division : UkDivision.values()) {
            assertTrue(UkCalendars.of(division) == UkCalendars.of(division));
            assertEquals(UkCalendars.of(division), UkCalendars.build(division));
            assertEquals(UkCalendars.of(division).hashCode(), UkCalendars.build(division).hashCode());
            assertEquals(division.label(), UkCalendars.of(division).name());
        }
        assertEquals(UkCalendars.englandAndWales(), UkCalendars.of(UkDivision.defaultDivision()));
    }

    // ------------------------------------------------------------------ the expectation, written apart

    private static Map<LocalDate, String> expected(UkDivision division, int year) {
        boolean scotland = division == UkDivision.SCOTLAND;
        boolean ni = division == UkDivision.NORTHERN_IRELAND;
        Map<LocalDate, String> result = new TreeMap<>();
        LocalDate easter = gaussEaster(year);
        result.put(easter.minusDays(2), "Good Friday");
        if (!scotland) {
            result.put(easter.plusDays(1), "Easter Monday");
        }
        LocalDate earlyMay = monday(year, Month.MAY, true);
        LocalDate spring = monday(year, Month.MAY, false);
        if (year == 1995 || year == 2020) {
            earlyMay = year == 1995 ? LocalDate.of(1995, 5, 8) : LocalDate.of(2020, 5, 8);
        }
        if (year == 2002 || year == 2012 || year == 2022) {
            spring = LocalDate.of(year, 6, year == 2002 ? 3 : year == 2012 ? 4 : 2);
        }
        result.put(earlyMay, "Early May bank holiday");
        result.put(spring, "Spring bank holiday");
        result.put(scotland ? monday(year, Month.AUGUST, true) : monday(year, Month.AUGUST, false),
                "Summer bank holiday");
        ONE_OFFS_ALL.forEach((date, name) -> {
            if (date.getYear() == year) {
                result.put(date, name);
            }
        });
        if (year == 2022) {
            result.put(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II");
        }
        if (year == 2023) {
            result.put(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");
        }
        if (year == 2026 && scotland) {
            result.put(LocalDate.of(2026, 6, 15), "World Cup bank holiday");
        }
        // fixed-date holidays, in date order; at a weekend, the next weekday not already a holiday
        List<Object[]> fixed = new ArrayList<>();
        fixed.add(new Object[] {LocalDate.of(year, 1, 1), "New Year's Day"});
        if (scotland) {
            fixed.add(new Object[] {LocalDate.of(year, 1, 2), "2nd January"});
        }
        if (ni) {
            fixed.add(new Object[] {LocalDate.of(year, 3, 17), "St Patrick's Day"});
            fixed.add(new Object[] {LocalDate.of(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"});
        }
        if (scotland && year >= 2007) {
            fixed.add(new Object[] {LocalDate.of(year, 11, 30), "St Andrew's Day"});
        }
        fixed.add(new Object[] {LocalDate.of(year, 12, 25), "Christmas Day"});
        fixed.add(new Object[] {LocalDate.of(year, 12, 26), "Boxing Day"});
        Set<LocalDate> taken = new HashSet<>(result.keySet());
        for (Object[] f : fixed) {
            LocalDate date = (LocalDate) f[0];
            if (date.getDayOfWeek().getValue() <= 5) {
                result.put(date, (String) f[1]);
                taken.add(date);
            }
        }
        for (Object[] f : fixed) {
            LocalDate date = (LocalDate) f[0];
            if (date.getDayOfWeek().getValue() > 5) {
                LocalDate d = date;
                while (d.getDayOfWeek().getValue() > 5 || taken.contains(d)) {
                    d = d.plusDays(1);
                }
                taken.add(d);
                result.put(d, (String) f[1]);
            }
        }
        return result;
    }

    private static LocalDate monday(int year, Month month, boolean first) {
        return LocalDate.of(year, month, 1).with(first ? TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)
                : TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** Gauss's Easter algorithm (with the Gregorian corrections), independent of the one under test. */
    private static LocalDate gaussEaster(int year) {
        int a = year % 19;
        int b = year % 4;
        int c = year % 7;
        int k = year / 100;
        int p = (13 + 8 * k) / 25;
        int q = k / 4;
        int m = (15 - p + k - q) % 30;
        int n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30;
        int e = (2 * b + 4 * c + 6 * d + n) % 7;
        int day = 22 + d + e;
        if (d == 29 && e == 6) {
            return LocalDate.of(year, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return LocalDate.of(year, 4, 18);
        }
        return day <= 31 ? LocalDate.of(year, 3, day) : LocalDate.of(year, 4, day - 31);
    }

    private static void assertHolidays(WorkingCalendar calendar, String... holidays) {
        for (String expected : holidays) {
            LocalDate date = LocalDate.parse(expected.substring(0, 10));
            assertEquals(expected, calendar.holiday(date).map(Holiday::toString).orElse(date + " (none)"));
            assertFalse(calendar.isWorkingDay(date));
        }
    }
}
