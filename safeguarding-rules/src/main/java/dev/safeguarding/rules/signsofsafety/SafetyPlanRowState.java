package dev.safeguarding.rules.signsofsafety;

/**
 * Where a row of a safety plan stands on a date. In the order a row can pass through them: a row due is
 * overdue once its date has passed, and achieved from the day it was achieved; it never goes back.
 * "Has this been achieved?" is the Somerset format's column; "due" and "overdue" are the library's
 * words.
 *
 * @see SafetyPlanRowStatus
 */
public enum SafetyPlanRowState {

    /** Not achieved, and the due date is today or later. */
    DUE("Due"),

    /** Not achieved, and the due date has passed. */
    OVERDUE("Overdue"),

    /** Achieved on or before the date asked about. */
    ACHIEVED("Achieved");

    private final String label;

    SafetyPlanRowState(String label) {
        this.label = label;
    }

    /** The state in plain English. */
    public String label() {
        return label;
    }
}
