package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.signsofsafety.SafetyPlanRow;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where one row of a safety plan stands on a date: {@linkplain SafetyPlanRowState achieved, due or
 * overdue}, its due date, the working days left or overdue, and whom it rests on. Part of a
 * {@link SafetyPlanStatus}.
 *
 * <p>Working days are counted on the calendar the status was asked for, as the library counts them
 * everywhere: those {@code d} with {@code a < d <= b} ({@code WorkingDays.workingDaysBetween(a, b)}).
 * So on the working day before the due date 1 working day is left, and on the first working day after
 * it the row is 1 working day overdue. A row due on a weekend day is overdue from the next day, by 0
 * working days until the next working day.
 *
 * <p>Immutable; {@link #toString()} never shows the row's goal or action.
 *
 * <p>Sources: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Format of Safety Plan" ("By when (enter timescales)", "Has this been achieved?", "Who will do this");
 * the library's counting of working days, as for every deadline ({@code docs/timescales.md}).
 */
public final class SafetyPlanRowStatus {

    private final int index;
    private final SafetyPlanRow row;
    private final SafetyPlanRowState state;
    private final LocalDate dueDate;
    private final int workingDays;
    private final int workingDaysLate;

    SafetyPlanRowStatus(int index, SafetyPlanRow row, SafetyPlanRowState state, LocalDate dueDate, int workingDays,
            int workingDaysLate) {
        this.index = index;
        this.row = row;
        this.state = state;
        this.dueDate = dueDate;
        this.workingDays = workingDays;
        this.workingDaysLate = workingDaysLate;
    }

    /** The row's place in the plan, from 0. */
    public int index() {
        return index;
    }

    /** The row. */
    public SafetyPlanRow row() {
        return row;
    }

    /** Achieved, due or overdue. */
    public SafetyPlanRowState state() {
        return state;
    }

    /** The row's due date: its date, or its timescale's due date on the calendar. */
    public LocalDate dueDate() {
        return dueDate;
    }

    /** The working days {@code d} with {@code asOf < d <= dueDate} while the row is due; otherwise 0. */
    public int workingDaysLeft() {
        return state == SafetyPlanRowState.DUE ? workingDays : 0;
    }

    /** The working days {@code d} with {@code dueDate < d <= asOf} once the row is overdue; otherwise 0. */
    public int workingDaysOverdue() {
        return state == SafetyPlanRowState.OVERDUE ? workingDays : 0;
    }

    /**
     * For an achieved row, the working days {@code d} with {@code dueDate < d <= achievedOn}: 0 when it was
     * achieved on time; empty for a row not achieved.
     */
    public Optional<Integer> workingDaysLate() {
        return state == SafetyPlanRowState.ACHIEVED ? Optional.of(workingDaysLate) : Optional.empty();
    }

    /** Whom the row rests on: the family's network, professionals, or both. */
    public RowOwnership ownership() {
        boolean network = row.hasNetworkOwner();
        boolean professionals = row.hasProfessionalOwner();
        return network && professionals ? RowOwnership.SHARED
                : network ? RowOwnership.NETWORK : RowOwnership.PROFESSIONALS;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SafetyPlanRowStatus)) {
            return false;
        }
        SafetyPlanRowStatus that = (SafetyPlanRowStatus) other;
        return index == that.index && row.equals(that.row) && state == that.state && dueDate.equals(that.dueDate)
                && workingDays == that.workingDays && workingDaysLate == that.workingDaysLate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, row, state, dueDate, workingDays, workingDaysLate);
    }

    /** For example {@code row 0: Overdue by 2 working days (due 2017-06-13), shared}. */
    @Override
    public String toString() {
        String detail;
        switch (state) {
            case DUE:
                detail = "Due, " + workingDays + " working days left";
                break;
            case OVERDUE:
                detail = "Overdue by " + workingDays + " working days";
                break;
            default:
                detail = "Achieved" + (workingDaysLate > 0 ? ", " + workingDaysLate + " working days late" : "");
        }
        return "row " + index + ": " + detail + " (due " + dueDate + "), " + ownership().name().toLowerCase(java.util.Locale.ROOT);
    }
}
