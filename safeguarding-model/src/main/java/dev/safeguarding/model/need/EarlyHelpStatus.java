package dev.safeguarding.model.need;

/**
 * Whether early help is in place for the child and, once it has been reviewed, what the review found.
 *
 * <p>"In the event where an EHAP has been reviewed and the child's needs are not being met or risk
 * factors have increased, seek consent from the parent / carer to consult with CADS to consider a
 * children's services response."
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Undertaking an
 * Early Help Assessment &amp; Plan (EHAP)".
 */
public enum EarlyHelpStatus {

    /** No early help is in place. */
    NOT_IN_PLACE("Not in place"),

    /** Early help is in place and has not yet been reviewed. */
    IN_PLACE("In place, not yet reviewed"),

    /** Reviewed: the child's needs are being met. */
    REVIEWED_NEEDS_MET("Reviewed: needs being met"),

    /** Reviewed: the child's needs are not being met. */
    REVIEWED_NEEDS_NOT_MET("Reviewed: needs not being met"),

    /** Reviewed: risk factors have increased. */
    REVIEWED_RISK_INCREASED("Reviewed: risk factors have increased");

    private final String label;

    EarlyHelpStatus(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }

    /** Whether early help is in place, reviewed or not. */
    public boolean isInPlace() {
        return this != NOT_IN_PLACE;
    }

    /**
     * Whether a review found the child's needs not met or risk increased: the point at which the
     * guidance says to seek consent to consult CADS (step up).
     */
    public boolean isStepUpIndicated() {
        return this == REVIEWED_NEEDS_NOT_MET || this == REVIEWED_RISK_INCREASED;
    }
}
