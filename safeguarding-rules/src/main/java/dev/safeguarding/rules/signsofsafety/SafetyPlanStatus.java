package dev.safeguarding.rules.signsofsafety;

import dev.safeguarding.model.signsofsafety.SafetyPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a safety plan stands on a date: each row's status ({@link #rows()}), how many rows are achieved,
 * due and overdue, which rest on the family's network and which on professionals, and the plan's
 * progress. Made by {@link SafetyPlans#status}.
 *
 * <p>An effective plan says "when it will be reviewed (what outcomes are we expecting to see?)"; the
 * status is what a review looks at.
 *
 * <p>Immutable; {@link #toString()} never shows a row's goal or action.
 *
 * <p>Sources: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Format of Safety Plan" and "Managing Risk - Core Skills".
 */
public final class SafetyPlanStatus {

    private final SafetyPlan plan;
    private final LocalDate asOf;
    private final List<SafetyPlanRowStatus> rows;

    SafetyPlanStatus(SafetyPlan plan, LocalDate asOf, List<SafetyPlanRowStatus> rows) {
        this.plan = plan;
        this.asOf = asOf;
        this.rows = List.copyOf(rows);
    }

    /** The plan. */
    public SafetyPlan plan() {
        return plan;
    }

    /** The date the status is for. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The status of each row, in the plan's order. */
    public List<SafetyPlanRowStatus> rows() {
        return rows;
    }

    /**
     * The rows in {@code state}, in the plan's order.
     *
     * @throws NullPointerException if {@code state} is null
     */
    public List<SafetyPlanRowStatus> rows(SafetyPlanRowState state) {
        Objects.requireNonNull(state, "state");
        return rows.stream().filter(r -> r.state() == state).toList();
    }

    /**
     * The rows resting on {@code ownership}, in the plan's order.
     *
     * @throws NullPointerException if {@code ownership} is null
     */
    public List<SafetyPlanRowStatus> rows(RowOwnership ownership) {
        Objects.requireNonNull(ownership, "ownership");
        return rows.stream().filter(r -> r.ownership() == ownership).toList();
    }

    /** How many rows are achieved. */
    public int achieved() {
        return rows(SafetyPlanRowState.ACHIEVED).size();
    }

    /** How many rows are due (not achieved, not yet overdue). */
    public int due() {
        return rows(SafetyPlanRowState.DUE).size();
    }

    /** How many rows are overdue. */
    public int overdue() {
        return rows(SafetyPlanRowState.OVERDUE).size();
    }

    /** How many rows the family's network owns, alone or with professionals. */
    public int networkRows() {
        return (int) rows.stream().filter(r -> r.ownership().includesNetwork()).count();
    }

    /** How many rows professionals own, alone or with the network. */
    public int professionalRows() {
        return (int) rows.stream().filter(r -> r.ownership().includesProfessionals()).count();
    }

    /** The share of rows achieved, from 0 to 1; 0 for a plan with no rows. */
    public double progress() {
        return rows.isEmpty() ? 0 : (double) achieved() / rows.size();
    }

    /** Whether the plan has rows and every one is achieved. */
    public boolean isAchieved() {
        return !rows.isEmpty() && achieved() == rows.size();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SafetyPlanStatus)) {
            return false;
        }
        SafetyPlanStatus that = (SafetyPlanStatus) other;
        return plan.equals(that.plan) && asOf.equals(that.asOf) && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, asOf, rows);
    }

    /** For example {@code SafetyPlanStatus{child c-1 as of 2017-06-20: 1 of 3 achieved, 1 due, 1 overdue}}. */
    @Override
    public String toString() {
        return "SafetyPlanStatus{child " + plan.childId() + " as of " + asOf + ": " + achieved() + " of "
                + rows.size() + " achieved, " + due() + " due, " + overdue() + " overdue; network rows "
                + networkRows() + ", professional rows " + professionalRows() + "}";
    }
}
