package dev.safeguarding.model.calendar;

/**
 * Why a weekday is not a working day in a {@link WorkingCalendar}.
 *
 * <p>Source: the library's notes {@code docs/bank-holidays.md}; local closure days are
 * the "a council's days between Christmas and New Year", set by each council, never by the
 * library.
 */
public enum HolidayKind {

    /**
     * A bank or public holiday of the calendar's rules or published list (for the UK calendars, the
     * bank holidays of the division, including substitute days and one-off holidays).
     */
    BANK_HOLIDAY("Bank holiday"),

    /** A day a local authority or partnership closes its offices, added by the vendor. */
    LOCAL_CLOSURE("Local closure day");

    private final String label;

    HolidayKind(String label) {
        this.label = label;
    }

    /** The kind in plain English ("Bank holiday", "Local closure day"). */
    public String label() {
        return label;
    }
}
