package dev.safeguarding.model.need;

/**
 * Why neglect is known or suspected, when a threshold question is built from a record rather than asked by
 * a practitioner: each basis becomes a reason of the guidance, beside the Norfolk Graded Care Profile.
 *
 * <p>"We need to recognise that neglect includes not being brought to appointments, repeated refusal of
 * services, not complying with advice or not administering or monitoring a child's medication" ("What do we
 * mean by Continuum of Needs?", "Consider the power of language"); the Norfolk Graded Care Profile "is mandated for using in cases where neglect
 * is known or suspected" ("Norfolk Graded Care Profile").
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "What do we mean
 * by Continuum of Needs?" and "Norfolk Graded Care Profile".
 */
public enum NeglectBasis {

    /** An assessment records neglect as known or suspected. */
    ASSESSMENT("The assessment records neglect as known or suspected"),

    /** A Norfolk Graded Care Profile snapshot shows neglect. */
    GRADED_CARE_PROFILE("A Norfolk Graded Care Profile snapshot shows neglect"),

    /**
     * A chronology pattern of not being brought to appointments, missed appointments or refused services:
     * "neglect includes not being brought to appointments, repeated refusal of services".
     */
    NOT_BROUGHT_OR_REFUSED_PATTERN("A chronology pattern of not being brought to appointments, missed"
            + " appointments or refused services: neglect includes not being brought to appointments and"
            + " repeated refusal of services");

    private final String label;

    NeglectBasis(String label) {
        this.label = label;
    }

    /** The basis, for display and as the detail of the guidance's reason. */
    public String label() {
        return label;
    }
}
