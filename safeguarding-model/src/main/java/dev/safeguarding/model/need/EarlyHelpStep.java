package dev.safeguarding.model.need;

/**
 * The three steps by which everyone who offers early help works with a family, in order.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Undertaking an
 * Early Help Assessment &amp; Plan (EHAP)", "Who Should offer Early Help?".
 */
public enum EarlyHelpStep {

    /** Step 1. */
    OFFERING_HELP_AND_GAINING_CONSENT(1, "Offering help and gaining consent",
            "You must discuss your worries with the family before undertaking an Early Help assessment"
                    + " with them. The family and their network are key in identifying solutions."),

    /** Step 2. */
    ASSESSMENT_AND_PLAN(2, "Early Help Assessment & Plan",
            "Using the practice roadmap talk to families and workers about what's working well for them,"
                    + " what they're worried about, and what they think needs to happen. Build a network of"
                    + " support and plan that is owned by the family and supported by their network."),

    /** Step 3. */
    REVIEWING_PROGRESS(3, "Reviewing progress",
            "A review helps ensure that positive steps made towards achieving our goals are celebrated."
                    + " It is also a time to think about how the plan can continue to progress.");

    private final int number;
    private final String label;
    private final String description;

    EarlyHelpStep(int number, String label, String description) {
        this.number = number;
        this.label = label;
        this.description = description;
    }

    /** The step's number, 1 to 3. */
    public int number() {
        return number;
    }

    /** The step's name as the guidance writes it. */
    public String label() {
        return label;
    }

    /** What the guidance says happens at the step. */
    public String description() {
        return description;
    }
}
