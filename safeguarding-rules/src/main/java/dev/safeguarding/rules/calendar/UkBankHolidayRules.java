package dev.safeguarding.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bank-holiday rules of the three UK divisions, and every one-off or moved holiday since 1990, as
 * the library's domain notes ({@code shared/domain/bank-holidays.md}) set them out. Package-private:
 * {@link UkCalendars} is the front door.
 */
final class UkBankHolidayRules {

    static final String NEW_YEARS_DAY = "New Year's Day";
    static final String SECOND_JANUARY = "2nd January";
    static final String ST_PATRICKS_DAY = "St Patrick's Day";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String BATTLE_OF_THE_BOYNE = "Battle of the Boyne (Orangemen's Day)";
    static final String SUMMER = "Summer bank holiday";
    static final String ST_ANDREWS_DAY = "St Andrew's Day";
    static final String CHRISTMAS_DAY = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";

    /** St Andrew's Day has been a bank holiday in Scotland since 2007. */
    static final int FIRST_ST_ANDREWS_DAY = 2007;

    private static final Set<UkDivision> ALL = Set.of(UkDivision.values());

    /** A one-off holiday: a jubilee, a royal wedding, a state funeral, a coronation. */
    private static final List<OneOff> EXTRA = List.of(
        new OneOff(LocalDate.of(1999, 12, 31), "Millennium bank holiday", ALL),
        new OneOff(LocalDate.of(2002, 6, 4), "Golden Jubilee bank holiday", ALL),
        new OneOff(LocalDate.of(2011, 4, 29), "Royal wedding bank holiday", ALL),
        new OneOff(LocalDate.of(2012, 6, 5), "Diamond Jubilee bank holiday", ALL),
        new OneOff(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday", ALL),
        new OneOff(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", ALL),
        new OneOff(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III", ALL),
        new OneOff(LocalDate.of(2026, 6, 15), "World Cup bank holiday", Set.of(UkDivision.SCOTLAND)));

    /** A regular holiday moved to another day (its name stays): the date it moved to, in all divisions. */
    private static final List<OneOff> MOVED = List.of(
        new OneOff(LocalDate.of(1995, 5, 8), EARLY_MAY, ALL),
        new OneOff(LocalDate.of(2002, 6, 3), SPRING, ALL),
        new OneOff(LocalDate.of(2012, 6, 4), SPRING, ALL),
        new OneOff(LocalDate.of(2020, 5, 8), EARLY_MAY, ALL),
        new OneOff(LocalDate.of(2022, 6, 2), SPRING, ALL));

    private UkBankHolidayRules() {
    }

    /**
     * The bank holidays of {@code division} in {@code year}, in date order: the rules, with substitute
     * days for fixed-date holidays at a weekend, plus the one-off and moved holidays.
     */
    static List<Holiday> holidays(UkDivision division, int year) {
        List<Holiday> fixed = new ArrayList<>(8);
        List<Holiday> weekday = new ArrayList<>(12);

        fixed.add(Holiday.of(LocalDate.of(year, 1, 1), NEW_YEARS_DAY));
        if (division == UkDivision.SCOTLAND) {
            fixed.add(Holiday.of(LocalDate.of(year, 1, 2), SECOND_JANUARY));
        }
        if (division == UkDivision.NORTHERN_IRELAND) {
            fixed.add(Holiday.of(LocalDate.of(year, 3, 17), ST_PATRICKS_DAY));
            fixed.add(Holiday.of(LocalDate.of(year, 7, 12), BATTLE_OF_THE_BOYNE));
        }
        if (division == UkDivision.SCOTLAND && year >= FIRST_ST_ANDREWS_DAY) {
            fixed.add(Holiday.of(LocalDate.of(year, 11, 30), ST_ANDREWS_DAY));
        }
        fixed.add(Holiday.of(LocalDate.of(year, 12, 25), CHRISTMAS_DAY));
        fixed.add(Holiday.of(LocalDate.of(year, 12, 26), BOXING_DAY));

        LocalDate easter = easterSunday(year);
        weekday.add(Holiday.of(easter.minusDays(2), GOOD_FRIDAY));
        if (division != UkDivision.SCOTLAND) {
            weekday.add(Holiday.of(easter.plusDays(1), EASTER_MONDAY));
        }
        weekday.add(Holiday.of(moved(division, year, EARLY_MAY, firstMonday(year, Month.MAY)), EARLY_MAY));
        weekday.add(Holiday.of(moved(division, year, SPRING, lastMonday(year, Month.MAY)), SPRING));
        weekday.add(Holiday.of(division == UkDivision.SCOTLAND ? firstMonday(year, Month.AUGUST)
                : lastMonday(year, Month.AUGUST), SUMMER));
        for (OneOff extra : EXTRA) {
            if (extra.date.getYear() == year && extra.divisions.contains(division)) {
                weekday.add(Holiday.of(extra.date, extra.name));
            }
        }

        // fixed-date holidays on a weekday stay; those at a weekend move, in date order, to the next
        // weekday not already a holiday (Christmas on a Sunday: Boxing Day Monday, Christmas Tuesday)
        Set<LocalDate> taken = new HashSet<>();
        List<Holiday> result = new ArrayList<>(12);
        for (Holiday holiday : weekday) {
            taken.add(holiday.date());
            result.add(holiday);
        }
        for (Holiday holiday : fixed) {
            if (!isWeekend(holiday.date())) {
                taken.add(holiday.date());
                result.add(holiday);
            }
        }
        for (Holiday holiday : fixed) {
            if (isWeekend(holiday.date())) {
                LocalDate substitute = holiday.date().plusDays(1);
                while (isWeekend(substitute) || taken.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                taken.add(substitute);
                result.add(Holiday.of(substitute, holiday.name()));
            }
        }
        result.sort(null);
        return result;
    }

    /**
     * Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate moved(UkDivision division, int year, String name, LocalDate regular) {
        for (OneOff move : MOVED) {
            if (move.date.getYear() == year && move.name.equals(name) && move.divisions.contains(division)) {
                return move.date;
            }
        }
        return regular;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static final class OneOff {
        final LocalDate date;
        final String name;
        final Set<UkDivision> divisions;

        OneOff(LocalDate date, String name, Set<UkDivision> divisions) {
            this.date = date;
            this.name = name;
            this.divisions = divisions;
        }
    }
}
