package dev.safeguarding.rules.analytics;

import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * How a caseload kept to one timescale: how many of its deadlines were met on time, met late, unmet and past
 * due, or unmet and not yet due, on the date the analysis was made; the share met on time; and the
 * distributions of working days late and past due.
 *
 * <p>The share on time is of the deadlines met ({@code metOnTime / met}); unmet deadlines are counted beside
 * it, because a chronology does not say whether an event not recorded (an assessment after a referral that
 * ended in advice, a review after a plan ended) was needed at all. Deadlines are paired with their events as {@code ChronologyDeadline} says.
 *
 * <p>Immutable; adds up over parts of a caseload ({@link #plus}).
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3; Ofsted,
 * <i>Social care commentary: multi-agency safeguarding arrangements</i>, "Understanding local need and using
 * information to protect children" ("performance data").
 */
public final class TimelinessStatistics {

    private final String timescaleId;
    private final String label;
    private final long onTime;
    private final long late;
    private final long overdue;
    private final long pending;
    private final Distribution workingDaysLate;
    private final Distribution workingDaysOverdue;

    TimelinessStatistics(String timescaleId, String label, long onTime, long late, long overdue, long pending,
            Distribution workingDaysLate, Distribution workingDaysOverdue) {
        this.timescaleId = timescaleId;
        this.label = label;
        this.onTime = onTime;
        this.late = late;
        this.overdue = overdue;
        this.pending = pending;
        this.workingDaysLate = workingDaysLate;
        this.workingDaysOverdue = workingDaysOverdue;
    }

    /** The timescale's id, for example {@code wt2023.assessment}. */
    public String timescaleId() {
        return timescaleId;
    }

    /** The timescale's label, for example "Assessment". */
    public String label() {
        return label;
    }

    /** All deadlines set: met on time or late, and unmet. */
    public long deadlines() {
        return onTime + late + overdue + pending;
    }

    /** Deadlines met on or before the due date. */
    public long metOnTime() {
        return onTime;
    }

    /** Deadlines met after the due date. */
    public long metLate() {
        return late;
    }

    /** Deadlines met, on time or late. */
    public long met() {
        return onTime + late;
    }

    /**
     * Deadlines with no event recorded by the date of the analysis, whose due date had passed: overdue, or
     * not needed (a chronology does not say which).
     */
    public long unmetPastDue() {
        return overdue;
    }

    /** Deadlines with no event recorded by the date of the analysis, not yet due on it. */
    public long unmetNotYetDue() {
        return pending;
    }

    /** The share of the deadlines met that were met on time, from 0 to 1; empty when none was met. */
    public OptionalDouble shareOnTime() {
        long met = met();
        return met == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / met);
    }

    /**
     * The working days late of the deadlines met late (a deadline met on a weekend day after a Friday due
     * date is late by 0 working days).
     */
    public Distribution workingDaysLate() {
        return workingDaysLate;
    }

    /** The working days past due, on the date of the analysis, of the deadlines unmet and past due. */
    public Distribution workingDaysPastDue() {
        return workingDaysOverdue;
    }

    /**
     * The statistics of both parts of a caseload.
     *
     * @throws IllegalArgumentException if {@code other} is another timescale's
     */
    public TimelinessStatistics plus(TimelinessStatistics other) {
        Objects.requireNonNull(other, "other");
        if (!timescaleId.equals(other.timescaleId)) {
            throw new IllegalArgumentException("other: must be the statistics of the same timescale");
        }
        return new TimelinessStatistics(timescaleId, label, onTime + other.onTime, late + other.late,
                overdue + other.overdue, pending + other.pending, workingDaysLate.plus(other.workingDaysLate),
                workingDaysOverdue.plus(other.workingDaysOverdue));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TimelinessStatistics)) {
            return false;
        }
        TimelinessStatistics that = (TimelinessStatistics) other;
        return timescaleId.equals(that.timescaleId) && label.equals(that.label) && onTime == that.onTime
                && late == that.late && overdue == that.overdue && pending == that.pending
                && workingDaysLate.equals(that.workingDaysLate) && workingDaysOverdue.equals(that.workingDaysOverdue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timescaleId, onTime, late, overdue, pending, workingDaysLate, workingDaysOverdue);
    }

    /** The id and the counts. */
    @Override
    public String toString() {
        return "TimelinessStatistics{" + timescaleId + ": met on time " + onTime + ", met late " + late
                + ", unmet past due " + overdue + ", unmet not yet due " + pending + "}";
    }
}
