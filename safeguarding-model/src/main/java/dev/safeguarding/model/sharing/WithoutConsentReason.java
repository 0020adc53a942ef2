package dev.safeguarding.model.sharing;

/**
 * The reasons the guidance gives for sharing information without consent: the basis of a decision to
 * share when there is no consent ("When you are sharing or requesting personal information from someone,
 * be certain of the basis upon which you are doing so", golden rule 4).
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" (the exceptions "when it comes to protecting children", and golden rule 4).
 */
public enum WithoutConsentReason {

    /**
     * "If having a conversation with the family would place the child, or another child, or someone else,
     * or you the referrer, at increased risk of suffering harm you do not need consent."
     */
    SEEKING_CONSENT_WOULD_INCREASE_RISK_OF_HARM(
            "Seeking consent would place the child, another child, someone else or the referrer at increased"
                    + " risk of suffering harm"),

    /** "You also don't need consent if it might undermine the investigation of a serious crime." */
    WOULD_UNDERMINE_INVESTIGATION_OF_SERIOUS_CRIME(
            "Seeking consent might undermine the investigation of a serious crime"),

    /**
     * "This includes making a child protection referral where a delay in getting consent may mean the
     * child or young person is put at further risk of harm."
     */
    DELAY_WOULD_PUT_CHILD_AT_FURTHER_RISK(
            "A delay in getting consent may mean the child or young person is put at further risk of harm"),

    /**
     * Golden rule 4: "You may still share information without consent if, in your judgement, there is good
     * reason to do so, such as where safety may be at risk."
     */
    SAFETY_MAY_BE_AT_RISK("Safety may be at risk");

    private final String label;

    WithoutConsentReason(String label) {
        this.label = label;
    }

    /** The reason, in the guidance's words. */
    public String label() {
        return label;
    }
}
