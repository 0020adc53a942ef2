package dev.safeguarding.model.sharing;

/**
 * Where consent stands for a referral or for sharing information about a family.
 *
 * <p>"Consent means that the family is fully informed about the services they are being referred to,
 * agree with the referral being made and understand what information professionals are passing on
 * and why." Refusal "should not be seen in isolation as a reason to escalate concerns to the next
 * level".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing".
 */
public enum ConsentStatus {

    /** Consent has not (yet) been asked for. */
    NOT_SOUGHT("Not sought"),

    /** The family gave informed consent. */
    GIVEN("Given"),

    /** The family was asked and did not consent. */
    REFUSED("Refused");

    private final String label;

    ConsentStatus(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }
}
