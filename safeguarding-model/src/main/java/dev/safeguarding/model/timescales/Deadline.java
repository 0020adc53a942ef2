package dev.safeguarding.model.timescales;

import dev.safeguarding.model.InvalidValueException;
import dev.safeguarding.model.calendar.WorkingDays;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The date by which the event a {@link Timescale} bounds must happen, set from a trigger date on a
 * calendar: made by {@link Timescale#dueFrom(LocalDate, WorkingDays)}.
 *
 * <pre>{@code
 * Deadline d = Timescales.byId("wt2023.assessment").dueFrom(referral, UkCalendars.englandAndWales());
 * d.dueDate();                 // the 45th working day after the referral
 * d.status(today).state();     // DUE_LATER, DUE_TODAY or OVERDUE
 * d.outcome(concludedOn);      // met on time, or late by so many working days
 * }</pre>
 *
 * <p>The due date of a timescale in working days is always a working day. That of a timescale in
 * calendar days, weeks or months is the date the arithmetic gives, which may fall on a weekend or a
 * bank holiday; {@link #lastWorkingDay()} gives the last working day on or before it. Working
 * Together 2023 does not say whether such a date moves, so the library keeps it and says so.
 *
 * <p>Immutable and safe to share between threads. Equal when the timescale, the trigger, the due date
 * and the calendar are equal.
 *
 * <p>Source: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3; the
 * counting conventions of {@code docs/timescales.md}.
 */
public final class Deadline {

    private final Timescale timescale;
    private final LocalDate trigger;
    private final LocalDate dueDate;
    private final WorkingDays calendar;

    Deadline(Timescale timescale, LocalDate trigger, LocalDate dueDate, WorkingDays calendar) {
        this.timescale = timescale;
        this.trigger = trigger;
        this.dueDate = dueDate;
        this.calendar = calendar;
    }

    /** The timescale that set this deadline. */
    public Timescale timescale() {
        return timescale;
    }

    /** The date of the trigger event. */
    public LocalDate trigger() {
        return trigger;
    }

    /** The last day on which the bounded event is on time. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** The calendar the deadline was counted on. */
    public WorkingDays calendar() {
        return calendar;
    }

    /**
     * The last working day on or before the due date: the due date itself for a timescale in working
     * days, and for one in calendar time the Friday (or earlier working day) before a due date that
     * falls on a weekend or bank holiday.
     *
     * @throws DateTimeException if that day is before the calendar's coverage
     */
    public LocalDate lastWorkingDay() {
        return calendar.previousOrSameWorkingDay(dueDate);
    }

    /**
     * Where the deadline stands on {@code asOf}: due later (with the working days left), due today, or
     * overdue (with the working days overdue). A date before the trigger is allowed and is simply
     * "due later".
     *
     * <p>Working days left are those {@code d} with {@code asOf < d <= dueDate}; working days overdue
     * those with {@code dueDate < d <= asOf}. So the day before a working due date has 1 working day
     * left, and a Monday after a Friday due date is 1 working day overdue. For a due date on a weekend
     * (a timescale in calendar time) a deadline can be due later with 0 working days left, or overdue
     * by 0 working days; the calendar days say how far.
     *
     * @throws NullPointerException if {@code asOf} is null
     * @throws DateTimeException    if {@code asOf} is outside the calendar's coverage
     */
    public DeadlineStatus status(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int working = calendar.workingDaysBetween(asOf, dueDate);
        int cmp = asOf.compareTo(dueDate);
        DeadlineState state = cmp < 0 ? DeadlineState.DUE_LATER
                : cmp == 0 ? DeadlineState.DUE_TODAY : DeadlineState.OVERDUE;
        long calendarDays = ChronoUnit.DAYS.between(asOf, dueDate);
        return new DeadlineStatus(state, asOf, dueDate, working, calendarDays);
    }

    /**
     * Whether the bounded event, completed on {@code completedOn}, met the deadline: on time if on or
     * before the due date, otherwise late by the working days {@code d} with {@code dueDate < d <=
     * completedOn} (and by so many calendar days).
     *
     * @throws NullPointerException  if {@code completedOn} is null
     * @throws InvalidValueException if {@code completedOn} is before the trigger date
     * @throws DateTimeException     if {@code completedOn} is outside the calendar's coverage
     */
    public DeadlineOutcome outcome(LocalDate completedOn) {
        Objects.requireNonNull(completedOn, "completedOn");
        if (completedOn.isBefore(trigger)) {
            throw new InvalidValueException("completedOn", "must not be before the trigger date");
        }
        int late = calendar.workingDaysBetween(dueDate, completedOn);
        long calendarLate = ChronoUnit.DAYS.between(dueDate, completedOn);
        return new DeadlineOutcome(completedOn, dueDate, Math.max(0, late), Math.max(0, calendarLate));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Deadline)) {
            return false;
        }
        Deadline that = (Deadline) other;
        return trigger.equals(that.trigger) && dueDate.equals(that.dueDate)
                && timescale.equals(that.timescale) && calendar.equals(that.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timescale, trigger, dueDate, calendar);
    }

    /** The timescale's id, the trigger and the due date. */
    @Override
    public String toString() {
        return "Deadline{" + timescale.id() + ", trigger " + trigger + ", due " + dueDate + "}";
    }
}
