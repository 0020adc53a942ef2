package dev.safeguarding.model.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bank-holiday rules of the three UK divisions, and every one-off or moved holiday since 1990, as
 * the library's notes ({@code docs/bank-holidays.md}) set them out. Package-private:
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
     *
     * <p>Counted in epoch days rather than {@code LocalDate}s, so that building a calendar of 110 years
     * stays cheap even before the JIT compiler has seen this code.
     */
    static List<Holiday> holidays(UkDivision division, int year) {
        long jan1 = LocalDate.of(year, 1, 1).toEpochDay();
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        long[] days = new long[16];
        String[] names = new String[16];
        int count = 0;

        // the holidays that always fall on a weekday: Easter, the Mondays, the one-off holidays
        long easter = easterSunday(year).toEpochDay();
        days[count] = easter - 2;
        names[count++] = GOOD_FRIDAY;
        if (division != UkDivision.SCOTLAND) {
            days[count] = easter + 1;
            names[count++] = EASTER_MONDAY;
        }
        days[count] = moved(division, year, EARLY_MAY, firstMonday(jan1, leap, 5));
        names[count++] = EARLY_MAY;
        days[count] = moved(division, year, SPRING, lastMonday(jan1, leap, 5));
        names[count++] = SPRING;
        days[count] = division == UkDivision.SCOTLAND ? firstMonday(jan1, leap, 8) : lastMonday(jan1, leap, 8);
        names[count++] = SUMMER;
        for (OneOff extra : EXTRA) {
            if (extra.year == year && extra.divisions.contains(division)) {
                days[count] = extra.date.toEpochDay();
                names[count++] = extra.name;
            }
        }

        // the fixed-date holidays, in date order
        long[] fixedDays = new long[7];
        String[] fixedNames = new String[7];
        int fixed = 0;
        fixedDays[fixed] = jan1;
        fixedNames[fixed++] = NEW_YEARS_DAY;
        if (division == UkDivision.SCOTLAND) {
            fixedDays[fixed] = jan1 + 1;
            fixedNames[fixed++] = SECOND_JANUARY;
        }
        if (division == UkDivision.NORTHERN_IRELAND) {
            fixedDays[fixed] = epochDay(jan1, leap, 3, 17);
            fixedNames[fixed++] = ST_PATRICKS_DAY;
            fixedDays[fixed] = epochDay(jan1, leap, 7, 12);
            fixedNames[fixed++] = BATTLE_OF_THE_BOYNE;
        }
        if (division == UkDivision.SCOTLAND && year >= FIRST_ST_ANDREWS_DAY) {
            fixedDays[fixed] = epochDay(jan1, leap, 11, 30);
            fixedNames[fixed++] = ST_ANDREWS_DAY;
        }
        fixedDays[fixed] = epochDay(jan1, leap, 12, 25);
        fixedNames[fixed++] = CHRISTMAS_DAY;
        fixedDays[fixed] = epochDay(jan1, leap, 12, 26);
        fixedNames[fixed++] = BOXING_DAY;

        // fixed-date holidays on a weekday stay; those at a weekend move, in date order, to the next
        // weekday not already a holiday (Christmas on a Sunday: Boxing Day Monday, Christmas Tuesday)
        for (int i = 0; i < fixed; i++) {
            if (!isWeekend(fixedDays[i])) {
                days[count] = fixedDays[i];
                names[count++] = fixedNames[i];
            }
        }
        for (int i = 0; i < fixed; i++) {
            if (isWeekend(fixedDays[i])) {
                long substitute = fixedDays[i] + 1;
                while (isWeekend(substitute) || contains(days, count, substitute)) {
                    substitute++;
                }
                days[count] = substitute;
                names[count++] = fixedNames[i];
            }
        }

        // insertion sort: a dozen holidays at most
        for (int i = 1; i < count; i++) {
            long day = days[i];
            String name = names[i];
            int j = i - 1;
            while (j >= 0 && days[j] > day) {
                days[j + 1] = days[j];
                names[j + 1] = names[j];
                j--;
            }
            days[j + 1] = day;
            names[j + 1] = name;
        }
        List<Holiday> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(Holiday.ofRule(LocalDate.ofEpochDay(days[i]), names[i]));
        }
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

    private static long moved(UkDivision division, int year, String name, long regular) {
        for (OneOff move : MOVED) {
            if (move.year == year && move.name.equals(name) && move.divisions.contains(division)) {
                return move.date.toEpochDay();
            }
        }
        return regular;
    }

    private static long epochDay(long jan1, boolean leap, int month, int day) {
        return jan1 + Month.of(month).firstDayOfYear(leap) - 1 + day - 1;
    }

    /** Monday = 0 ... Sunday = 6; epoch day 0, 1 January 1970, was a Thursday. */
    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    private static long firstMonday(long jan1, boolean leap, int month) {
        long first = epochDay(jan1, leap, month, 1);
        return first + (7 - dayOfWeek(first)) % 7;
    }

    /** The last Monday of {@code month}, January to November. */
    private static long lastMonday(long jan1, boolean leap, int month) {
        long last = epochDay(jan1, leap, month + 1, 1) - 1;
        return last - dayOfWeek(last);
    }

    private static boolean isWeekend(long epochDay) {
        return dayOfWeek(epochDay) >= 5;
    }

    private static boolean contains(long[] days, int count, long day) {
        for (int i = 0; i < count; i++) {
            if (days[i] == day) {
                return true;
            }
        }
        return false;
    }

    private static final class OneOff {
        final int year;
        final LocalDate date;
        final String name;
        final Set<UkDivision> divisions;

        OneOff(LocalDate date, String name, Set<UkDivision> divisions) {
            this.year = date.getYear();
            this.date = date;
            this.name = name;
            this.divisions = divisions;
        }
    }
}
