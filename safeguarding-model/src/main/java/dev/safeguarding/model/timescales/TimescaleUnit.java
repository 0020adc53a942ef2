package dev.safeguarding.model.timescales;

/**
 * The unit a {@link Timescale} is counted in. Working Together 2023 counts most of its timescales in
 * working days ("within 1 working day", "no longer than 45 working days", "within 15 working days")
 * and its review conferences in calendar months ("within 3 months", "not more than 6 months").
 *
 * <p>Each unit has a largest amount the library accepts, ten years' worth, so that a mistyped amount
 * (450 months for 45 working days) fails at construction rather than giving an absurd deadline. The
 * bound is the library's, not the guidance's: no guidance sets a timescale anywhere near it.
 *
 * <p>Source: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3; the
 * library's notes {@code docs/timescales.md}.
 */
public enum TimescaleUnit {

    /** Working days of a calendar: weekends, bank holidays and closure days are not counted. */
    WORKING_DAYS("working days", 2610),

    /** Every day counts. */
    CALENDAR_DAYS("calendar days", 3653),

    /** Weeks of seven calendar days. */
    WEEKS("weeks", 522),

    /**
     * Calendar months, added as {@link java.time.LocalDate#plusMonths(long)} adds them: the same day of
     * the month, or the last day of a shorter month (31 January + 1 month = 28 or 29 February).
     */
    MONTHS("months", 120);

    private final String label;
    private final int maximumAmount;

    TimescaleUnit(String label, int maximumAmount) {
        this.label = label;
        this.maximumAmount = maximumAmount;
    }

    /** The unit as the guidance writes it after a number ("working days", "months"). */
    public String label() {
        return label;
    }

    /** The largest amount of this unit a timescale may have (about ten years). */
    public int maximumAmount() {
        return maximumAmount;
    }

    /** Whether the unit counts working days of a calendar rather than calendar time. */
    public boolean isWorkingDays() {
        return this == WORKING_DAYS;
    }
}
