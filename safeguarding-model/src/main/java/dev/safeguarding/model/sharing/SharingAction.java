package dev.safeguarding.model.sharing;

/**
 * What information-sharing advice suggests doing. The labels are the library's, for display; the
 * guidance's own words are in the advice's reasons, each naming its golden rule.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" and its seven golden rules.
 */
public enum SharingAction {

    /**
     * Seek consent first, before sharing: "In general, conversations about what is worrying you happens
     * with the family first" (golden rules 2 and 4).
     */
    SEEK_CONSENT("Seek consent first", false),

    /** Share, with the informed consent that has been given (golden rule 4). */
    SHARE_WITH_CONSENT("Share with consent", true),

    /**
     * Share without consent, for a {@link WithoutConsentReason reason} the guidance gives: "You may still
     * share information without consent if, in your judgement, there is good reason to do so, such as
     * where safety may be at risk" (golden rule 4).
     */
    SHARE_WITHOUT_CONSENT("Share without consent", true),

    /**
     * Seek advice from other practitioners, "without disclosing the identity of the individual where
     * possible" (golden rule 3).
     */
    SEEK_ADVICE("Seek advice", false),

    /**
     * Consent was refused and the guidance gives no reason to override it: "where possible, respect the
     * wishes of those who do not consent to share confidential information" (golden rule 4).
     */
    RESPECT_REFUSAL("Respect the wish not to share", false);

    private final String label;
    private final boolean permitsSharing;

    SharingAction(String label, boolean permitsSharing) {
        this.label = label;
        this.permitsSharing = permitsSharing;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }

    /** Whether the advice is to share now ({@link #SHARE_WITH_CONSENT} or {@link #SHARE_WITHOUT_CONSENT}). */
    public boolean permitsSharing() {
        return permitsSharing;
    }
}
