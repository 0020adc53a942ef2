package dev.safeguarding.model.timescales;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Deadline} stands on a date: {@linkplain DeadlineState due later, due today or
 * overdue}, with the working days left or overdue. Made by {@link Deadline#status(LocalDate)}.
 *
 * <p>The counts follow the library's rule that working days between {@code a} and {@code b} are those
 * {@code d} with {@code a < d <= b}: on the working day before the due date 1 working day is left; on
 * the first working day after it the deadline is 1 working day overdue.
 *
 * <p>Immutable. The guidance names no such states; the words are the library's.
 */
public final class DeadlineStatus {

    private final DeadlineState state;
    private final LocalDate asOf;
    private final LocalDate dueDate;
    private final int workingDays;
    private final long calendarDays;

    DeadlineStatus(DeadlineState state, LocalDate asOf, LocalDate dueDate, int workingDays, long calendarDays) {
        this.state = state;
        this.asOf = asOf;
        this.dueDate = dueDate;
        this.workingDays = workingDays;
        this.calendarDays = calendarDays;
    }

    /** Due later, due today, or overdue. */
    public DeadlineState state() {
        return state;
    }

    /** The date the status is for. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The deadline's due date. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** Whether the due date is after {@link #asOf()}. */
    public boolean isDueLater() {
        return state == DeadlineState.DUE_LATER;
    }

    /** Whether the due date is {@link #asOf()}. */
    public boolean isDueToday() {
        return state == DeadlineState.DUE_TODAY;
    }

    /** Whether the due date is before {@link #asOf()}. */
    public boolean isOverdue() {
        return state == DeadlineState.OVERDUE;
    }

    /**
     * The working days {@code d} with {@code asOf < d <= dueDate} while the deadline is due later; 0 when
     * it is due today or overdue. Can be 0 while due later when the due date (of a timescale in calendar
     * time) falls on a weekend just after {@code asOf}.
     */
    public int workingDaysLeft() {
        return Math.max(0, workingDays);
    }

    /** The working days {@code d} with {@code dueDate < d <= asOf} once overdue; otherwise 0. */
    public int workingDaysOverdue() {
        return Math.max(0, -workingDays);
    }

    /** The calendar days from {@code asOf} to the due date while due later; otherwise 0. */
    public long calendarDaysLeft() {
        return Math.max(0, calendarDays);
    }

    /** The calendar days from the due date to {@code asOf} once overdue; otherwise 0. */
    public long calendarDaysOverdue() {
        return Math.max(0, -calendarDays);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeadlineStatus)) {
            return false;
        }
        DeadlineStatus that = (DeadlineStatus) other;
        return state == that.state && asOf.equals(that.asOf) && dueDate.equals(that.dueDate)
                && workingDays == that.workingDays && calendarDays == that.calendarDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, asOf, dueDate, workingDays, calendarDays);
    }

    /** For example {@code DeadlineStatus{Due later: 3 working days left, due 2024-04-05, as of 2024-04-02}}. */
    @Override
    public String toString() {
        String detail;
        switch (state) {
            case DUE_LATER:
                detail = ": " + workingDays(workingDaysLeft()) + " left";
                break;
            case OVERDUE:
                detail = ": " + workingDays(workingDaysOverdue()) + " overdue";
                break;
            default:
                detail = "";
        }
        return "DeadlineStatus{" + state.label() + detail + ", due " + dueDate + ", as of " + asOf + "}";
    }

    /** "1 working day", "2 working days". */
    static String workingDays(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }
}
