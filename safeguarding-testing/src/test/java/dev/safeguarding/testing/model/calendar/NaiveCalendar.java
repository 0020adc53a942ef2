package dev.safeguarding.testing.model.calendar;

import dev.safeguarding.model.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The obvious, slow model of a calendar that the tests hold the real one to: a set of non-working
 * dates and weekend days, counted day by day.
 */
final class NaiveCalendar {

    final LocalDate start;
    final LocalDate end;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> off;

    NaiveCalendar(LocalDate start, LocalDate end, Set<DayOfWeek> weekend, Set<LocalDate> off) {
        this.start = start;
        this.end = end;
        this.weekend = weekend;
        this.off = off;
    }

    /** For a UK calendar: weekends and its listed holidays. */
    static NaiveCalendar of(WorkingCalendar calendar) {
        Set<LocalDate> off = new java.util.HashSet<>();
        calendar.holidays().forEach(h -> off.add(h.date()));
        return new NaiveCalendar(calendar.coverage().start(), calendar.coverage().end(), calendar.weekendDays(), off);
    }

    boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && !off.contains(date);
    }

    /** Working days d with from < d <= to, negated when to < from. */
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The n-th working day after (n > 0) or before (n < 0) from, or null past the coverage. */
    LocalDate plus(LocalDate from, int n) {
        LocalDate d = from;
        int step = n > 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (d.isBefore(start) || d.isAfter(end)) {
                return null;
            }
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
