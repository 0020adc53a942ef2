package dev.safeguarding.testing;

import dev.safeguarding.model.calendar.WorkingDays;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A slow, obvious {@link WorkingDays} for tests of the model: Monday to Friday less a set of holidays,
 * counted day by day, covering 1900-01-01 to 2199-12-31: a vendor's own calendar, as far as the model
 * can tell. The real calendars are {@code dev.safeguarding.model.calendar.UkCalendars}.
 */
public final class SimpleWorkingDays implements WorkingDays {

    private static final LocalDate START = LocalDate.of(1900, 1, 1);
    private static final LocalDate END = LocalDate.of(2199, 12, 31);

    private final Set<LocalDate> holidays;

    private SimpleWorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, less {@code holidays}. */
    public static SimpleWorkingDays mondayToFriday(Set<LocalDate> holidays) {
        return new SimpleWorkingDays(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        check(date);
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        check(from);
        LocalDate d = from;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(n > 0 ? 1 : -1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        check(from);
        check(to);
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static void check(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(START) || date.isAfter(END)) {
            throw new DateTimeException("outside " + START + " to " + END);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimpleWorkingDays && holidays.equals(((SimpleWorkingDays) other).holidays);
    }

    @Override
    public int hashCode() {
        return holidays.hashCode();
    }

    @Override
    public String toString() {
        return "SimpleWorkingDays" + holidays;
    }
}
