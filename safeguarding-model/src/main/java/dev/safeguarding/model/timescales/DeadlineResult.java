package dev.safeguarding.model.timescales;

/**
 * Whether the event a {@link Timescale} bounds happened within it. A completion on the due date is
 * on time. The labels are the library's plain English.
 *
 * @see DeadlineOutcome
 */
public enum DeadlineResult {

    /** Completed on or before the due date. */
    MET_ON_TIME("Met on time"),

    /** Completed after the due date. */
    LATE("Late");

    private final String label;

    DeadlineResult(String label) {
        this.label = label;
    }

    /** The result in plain English ("Met on time", "Late"). */
    public String label() {
        return label;
    }
}
