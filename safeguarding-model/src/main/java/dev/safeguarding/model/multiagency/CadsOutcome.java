package dev.safeguarding.model.multiagency;

/**
 * How a consultation with the Children's Advice and Duty Service ends. CADS work "to the principle of
 * 'never do nothing'": "The outcomes of these conversations will result in a clearly defined pathway".
 * The descriptions quote the guidance.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's
 * Advice &amp; Duty Service" and "Family Help and High Needs (FHHN) Service".
 */
public enum CadsOutcome {

    /** Advice, guidance and signposting: the caller acts, with partner agencies where needed. */
    ADVICE_AND_SIGNPOSTING("Advice and signposting",
            "The caller will be advised of the action required to resolve the concerns either directly or"
                    + " with the support of partner agencies, not necessarily Children's Services"),

    /**
     * A formal referral, recording the level of need, to a Family Support team or a Family Assessment and
     * Safeguarding Team (FAST).
     */
    FORMAL_REFERRAL("Formal referral",
            "Or a formal referral, recording the level of need. Depending on the level, the referral will be"
                    + " processed into either a Family Support Team or Social Work Team"),

    /** The child is at risk of immediate harm: the information is shared within the MASH. */
    SHARED_IN_MASH("Information shared within the MASH",
            "If a child is at risk of immediate harm the information will be shared within the MASH. The"
                    + " Consultant Social Worker handling the call will maintain oversight of the contact.");

    private final String label;
    private final String description;

    CadsOutcome(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }

    /** The guidance's description of the outcome, quoted. */
    public String description() {
        return description;
    }
}
