package dev.safeguarding.model.timescales;

/**
 * Whether the day of the trigger event counts towards a timescale. Both conventions are in use in
 * England, and the guidance does not say which it means, so the library names both and makes
 * {@link #EXCLUSIVE} the default.
 *
 * <p>For timescales in working days the two differ only when the trigger day is itself a working day:
 * <table>
 *   <caption>A 15-working-day timescale</caption>
 *   <tr><th>trigger</th><th>exclusive: day 1 is</th><th>inclusive: day 1 is</th></tr>
 *   <tr><td>a working day (Tuesday)</td><td>Wednesday</td><td>the Tuesday itself</td></tr>
 *   <tr><td>a weekend day or bank holiday</td><td>the next working day</td><td>the next working day</td></tr>
 * </table>
 * For timescales in calendar days, weeks and months, the inclusive due date is the exclusive one less
 * one calendar day (the trigger day, always a calendar day, is day 1). The guidance is silent on
 * inclusive counting of calendar periods; this is the library's reading, chosen so that the two
 * conventions differ by exactly the trigger day in every unit.
 *
 * <p>Source: the library's notes {@code docs/timescales.md}, "Counting conventions".
 */
public enum CountingConvention {

    /**
     * The trigger day is day 0 and the first working day after it is day 1: the library's default,
     * as its design states ("a 15-working-day timescale triggered on a Friday counts the following
     * Monday as day 1").
     */
    EXCLUSIVE("Exclusive of the trigger day",
            "The trigger day is day 0; the first working day after it is day 1."),

    /**
     * The trigger day counts as day 1 when it is a working day; when it is not (a weekend day or a
     * bank holiday), the first working day after it is day 1, exactly as {@link #EXCLUSIVE}. This is
     * how the Department for Education's Children in Need census validator counts: for a reference
     * date of 31 March 2023, "45 working days before" is 30 January 2023, with 45 working days between
     * the two inclusive. The validator does not document its behaviour for a trigger on a weekend or
     * holiday; the library's is the one stated here.
     */
    INCLUSIVE("Inclusive of the trigger day",
            "The trigger day counts as day 1 when it is a working day; otherwise the first working day"
                    + " after it is day 1.");

    private final String label;
    private final String description;

    CountingConvention(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short name for the convention. */
    public String label() {
        return label;
    }

    /** Which day is day 1 under the convention. */
    public String description() {
        return description;
    }
}
