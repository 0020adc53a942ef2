package dev.safeguarding.model.multiagency;

/**
 * Why a case is brought to joint agency group supervision: "to reflect on cases which are very complex,
 * feel 'stuck', or are drifting". A request may give more than one.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, section 4,
 * "Joint Agency Group Supervision"; NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November
 * 2022), sections 1 and 2 ("complex or challenging situations or addressing circumstances where there
 * is drift").
 */
public enum JointSupervisionReason {

    /** The case is very complex. */
    VERY_COMPLEX("Very complex"),

    /** The case feels 'stuck'. */
    STUCK("Feels 'stuck'"),

    /** The case is drifting. */
    DRIFTING("Drifting");

    private final String label;

    JointSupervisionReason(String label) {
        this.label = label;
    }

    /** A short label for display, in the guidance's words. */
    public String label() {
        return label;
    }
}
