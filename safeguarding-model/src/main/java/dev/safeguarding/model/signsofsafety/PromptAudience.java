package dev.safeguarding.model.signsofsafety;

/**
 * Whom the guidance suggests asking a {@link QuestionPrompt}: the two lists of questions of "Using the
 * Signs of Safety Framework", each headed as the guidance heads it, and those who answer the scaling
 * question.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
public enum PromptAudience {

    /**
     * "Questions you might ask when concerns arise in working with children, young people and families":
     * a focus for the conversation between practitioners, and with managers and safeguarding leads.
     */
    PRACTITIONERS("Questions you might ask when concerns arise in working with children, young people and families"),

    /** "Questions you might ask the family". */
    FAMILY("Questions you might ask the family"),

    /**
     * Everyone who answers the scaling question: "the rationale for how family members and
     * professionals answer the question is fully explored". The guidance gives these two questions in
     * its paragraph on the scaling question rather than in a list; the heading is the library's, in the
     * guidance's words.
     */
    FAMILY_MEMBERS_AND_PROFESSIONALS("Family members and professionals");

    private final String label;

    PromptAudience(String label) {
        this.label = label;
    }

    /** The heading of the list, in the guidance's words. */
    public String label() {
        return label;
    }
}
