package dev.safeguarding.model.timescales;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether the event a {@link Deadline} bounds met it: {@linkplain DeadlineResult#MET_ON_TIME met on
 * time} when completed on or before the due date, otherwise {@linkplain DeadlineResult#LATE late} by
 * the working days {@code d} with {@code dueDate < d <= completedOn}. Made by {@link
 * Deadline#outcome(LocalDate)}.
 *
 * <p>A completion on a weekend day just after a Friday due date is late by 0 working days and 1 or 2
 * calendar days: late all the same.
 *
 * <p>Immutable. The guidance names no such results; the words are the library's.
 */
public final class DeadlineOutcome {

    private final LocalDate completedOn;
    private final LocalDate dueDate;
    private final int workingDaysLate;
    private final long calendarDaysLate;

    DeadlineOutcome(LocalDate completedOn, LocalDate dueDate, int workingDaysLate, long calendarDaysLate) {
        this.completedOn = completedOn;
        this.dueDate = dueDate;
        this.workingDaysLate = workingDaysLate;
        this.calendarDaysLate = calendarDaysLate;
    }

    /** The date the bounded event happened. */
    public LocalDate completedOn() {
        return completedOn;
    }

    /** The deadline's due date. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** Met on time, or late. */
    public DeadlineResult result() {
        return isOnTime() ? DeadlineResult.MET_ON_TIME : DeadlineResult.LATE;
    }

    /** Whether the event happened on or before the due date. */
    public boolean isOnTime() {
        return !completedOn.isAfter(dueDate);
    }

    /** Whether the event happened after the due date. */
    public boolean isLate() {
        return !isOnTime();
    }

    /** The working days {@code d} with {@code dueDate < d <= completedOn}; 0 when on time. */
    public int workingDaysLate() {
        return workingDaysLate;
    }

    /** The calendar days from the due date to the completion; 0 when on time. */
    public long calendarDaysLate() {
        return calendarDaysLate;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeadlineOutcome)) {
            return false;
        }
        DeadlineOutcome that = (DeadlineOutcome) other;
        return completedOn.equals(that.completedOn) && dueDate.equals(that.dueDate)
                && workingDaysLate == that.workingDaysLate && calendarDaysLate == that.calendarDaysLate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(completedOn, dueDate, workingDaysLate, calendarDaysLate);
    }

    /** For example {@code DeadlineOutcome{Late by 2 working days, due 2024-04-05, completed 2024-04-09}}. */
    @Override
    public String toString() {
        return "DeadlineOutcome{" + (isOnTime() ? result().label()
                : "Late by " + DeadlineStatus.workingDays(workingDaysLate)) + ", due " + dueDate + ", completed "
                + completedOn + "}";
    }
}
