package dev.safeguarding.model.timescales;

/**
 * Where a {@link Deadline} stands on a given date: the three states a case-management screen shows.
 * The guidance names none of them; the labels are the library's plain-English ones.
 *
 * @see DeadlineStatus
 */
public enum DeadlineState {

    /** The due date is after the date asked about. */
    DUE_LATER("Due later"),

    /** The due date is the date asked about. */
    DUE_TODAY("Due today"),

    /** The due date has passed. */
    OVERDUE("Overdue");

    private final String label;

    DeadlineState(String label) {
        this.label = label;
    }

    /** The state in plain English ("Due later", "Due today", "Overdue"). */
    public String label() {
        return label;
    }
}
