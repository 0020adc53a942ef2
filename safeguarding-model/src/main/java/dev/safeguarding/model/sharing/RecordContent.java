package dev.safeguarding.model.sharing;

/**
 * What a record of an information-sharing decision must contain. Information-sharing advice lists the
 * contents its record requires; each names the part of a {@link SharingDecision} that holds it. (The
 * conversation in which consent is asked for has a record of its own, a {@link Consent}.)
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" (golden rule 7: "Keep a record of your decision and the reasons for it \u2013 whether it is to
 * share information or not. If you decide to share, then record what you have shared, with whom and for
 * what purpose"; golden rule 4: "be certain of the basis upon which you are doing so"), and "Recording
 * what we do and the decisions we take" ("record the decisions, the people responsible for actions and
 * the timescales"; "All conversations ... need to be recorded ... in order to show that conversations
 * took place and what was agreed").
 */
public enum RecordContent {

    /** The decision: to share or not (golden rule 7). */
    DECISION("The decision: to share or not", "share"),

    /** The reasons for the decision (golden rule 7). */
    REASONS("The reasons for the decision", "reasons"),

    /** What was shared (golden rule 7). */
    WHAT_WAS_SHARED("What was shared", "information"),

    /** With whom it was shared (golden rule 7). */
    WITH_WHOM("With whom it was shared", "recipients"),

    /** For what purpose (golden rule 7). */
    PURPOSE("For what purpose", "purpose"),

    /**
     * The basis: the consent, or the reason to share without it (golden rule 4); for a decision not to share
     * because consent was refused, the refusal.
     */
    BASIS("The basis: the consent, or the reason to share without it", "consentId"),

    /** From whom advice was sought (golden rule 3; the seed does not say to record it beyond "all conversations"). */
    ADVICE_SOUGHT("From whom advice was sought", "adviceSoughtFrom"),

    /** Who decided ("the people responsible for actions"). */
    DECIDED_BY("Who decided", "decidedBy"),

    /** When the decision was taken. */
    DECIDED_ON("When it was decided", "decidedOn");

    private final String label;
    private final String field;

    RecordContent(String label, String field) {
        this.label = label;
        this.field = field;
    }

    /** What the record must contain, for display. */
    public String label() {
        return label;
    }

    /**
     * The accessor of {@link SharingDecision} that holds it ({@code information}, {@code recipients}, ...);
     * for {@link #BASIS} the consent's identifier or the reasons to share without consent.
     */
    public String field() {
        return field;
    }
}
