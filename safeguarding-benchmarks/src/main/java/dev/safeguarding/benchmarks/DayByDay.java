package dev.safeguarding.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The baselines the calendars are measured against: what case-management products do today, looping
 * day by day and asking, for each day, whether it is a weekend day and whether it is a holiday, either
 * (a) in a {@code HashSet<LocalDate>} of the same holidays or (b) by asking jollyday.
 */
final class DayByDay {

    private DayByDay() {
    }

    /** The n-th working day after {@code from} (n >= 1), looping over a set of holidays. */
    static LocalDate plusWorkingDays(Set<LocalDate> holidays, LocalDate from, int n) {
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (!isWeekend(d) && !holidays.contains(d)) {
                left--;
            }
        }
        return d;
    }

    /** The working days d with from < d <= to (to >= from), looping over a set of holidays. */
    static int workingDaysBetween(Set<LocalDate> holidays, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d) && !holidays.contains(d)) {
                count++;
            }
        }
        return count;
    }

    /** The n-th working day after {@code from} (n >= 1), asking jollyday about each day. */
    static LocalDate plusWorkingDays(HolidayManager jollyday, String subdivision, LocalDate from, int n) {
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (!isWeekend(d) && !jollyday.isHoliday(d, subdivision)) {
                left--;
            }
        }
        return d;
    }

    /** The working days d with from < d <= to (to >= from), asking jollyday about each day. */
    static int workingDaysBetween(HolidayManager jollyday, String subdivision, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!isWeekend(d) && !jollyday.isHoliday(d, subdivision)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek day = d.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
