package dev.safeguarding.model.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The working-day arithmetic a {@link dev.safeguarding.model.timescales.Timescale} needs to set a
 * {@link dev.safeguarding.model.timescales.Deadline}: which days are working days, and how to count
 * them. The calendars of {@link UkCalendars}, and any built with {@link WorkingCalendar#builder()},
 * implement it; so can a vendor's own calendar.
 *
 * <p>The counting semantics are those of the library's design and every implementation must follow
 * them:
 * <ul>
 *   <li>{@link #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween(a, b)} counts the working
 *       days {@code d} with {@code a < d <= b}, and is negative ({@code -workingDaysBetween(b, a)}) when
 *       {@code b < a};</li>
 *   <li>{@link #plusWorkingDays(LocalDate, int) plusWorkingDays(a, n)} is, for {@code n >= 1}, the
 *       {@code n}-th working day after {@code a} (the working day {@code b} with {@code
 *       workingDaysBetween(a, b) == n}); for {@code n == 0} it is {@code a}; for {@code n < 0} it is the
 *       mirror image, the {@code |n|}-th working day before {@code a}.</li>
 * </ul>
 * So a 15-working-day timescale triggered on a Friday counts the following Monday as day 1.
 *
 * <p>Implementations are immutable and safe to share between threads. A date the implementation does
 * not cover gets a {@link DateTimeException} that states what it covers.
 */
public interface WorkingDays {

    /**
     * Whether {@code date} is a working day: not a weekend day, not a bank holiday and not a closure
     * day of this calendar.
     *
     * @throws DateTimeException if {@code date} is outside the calendar's coverage
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * The {@code n}-th working day after {@code from} ({@code n >= 1}), {@code from} itself ({@code n ==
     * 0}), or the {@code |n|}-th working day before {@code from} ({@code n < 0}). The result is a working
     * day whenever {@code n != 0}, whether or not {@code from} is one.
     *
     * @throws DateTimeException if {@code from} or the result is outside the calendar's coverage
     */
    LocalDate plusWorkingDays(LocalDate from, int n);

    /**
     * The number of working days {@code d} with {@code from < d <= to}; negative when {@code to} is
     * before {@code from}. Additive ({@code between(a, b) + between(b, c) == between(a, c)}) and
     * antisymmetric ({@code between(a, b) == -between(b, a)}).
     *
     * @throws DateTimeException if either date is outside the calendar's coverage
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * {@code date} if it is a working day, otherwise the last working day before it.
     *
     * @throws DateTimeException if {@code date} or the result is outside the calendar's coverage
     */
    default LocalDate previousOrSameWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, -1);
    }

    /**
     * {@code date} if it is a working day, otherwise the first working day after it.
     *
     * @throws DateTimeException if {@code date} or the result is outside the calendar's coverage
     */
    default LocalDate nextOrSameWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }
}
