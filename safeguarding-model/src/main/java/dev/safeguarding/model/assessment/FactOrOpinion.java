package dev.safeguarding.model.assessment;

/**
 * Whether a statement recorded in an assessment is a fact (something seen, heard, measured or documented)
 * or an opinion (a judgement, an interpretation or a view). "Ensuring that information used to inform the
 * assessment is accurate and that fact is distinguished from opinion, is essential in determining the
 * correct course of action."
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency".
 */
public enum FactOrOpinion {

    /** Something observed, reported first hand, measured or documented. */
    FACT("Fact"),

    /** A judgement, interpretation or view, of a practitioner or of a member of the family. */
    OPINION("Opinion");

    private final String label;

    FactOrOpinion(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }
}
