package dev.safeguarding.model.signsofsafety;

/**
 * The parts of the Signs of Safety assessment and planning map: what each statement of a
 * {@link SignsOfSafetyMap} is. Each belongs to one of the first three {@linkplain SignsOfSafetyQuestion
 * questions}.
 *
 * <p>The Norfolk guidance asks practitioners to "understand present and past concerns; recognise
 * existing strengths and safety; be clear about what needs to happen" and calls the Signs of Safety
 * mapping tool "a useful framework" for recording; it does not itself name the parts of the map. The
 * labels and descriptions here are those of the library's notes ({@code
 * docs/practice-frameworks.md}, after Turnell and Edwards).
 *
 * <p>Sources: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework" and "Recording what we do and the decisions we take"; the library's notes.
 */
public enum MapCategory {

    /** What has happened, observed or reported, with its impact on the child. */
    PAST_HARM(SignsOfSafetyQuestion.WORRIED_ABOUT, "Past harm",
            "What has happened, observed or reported, with its impact on the child."),

    /** What makes the problem harder to solve but is not itself harm. */
    COMPLICATING_FACTOR(SignsOfSafetyQuestion.WORRIED_ABOUT, "Complicating factors",
            "What makes the problem harder to solve but is not itself harm: for example a parent's mental"
                    + " ill health, poverty, disagreement between professionals."),

    /**
     * Who is worried, what they are worried will happen to the child if nothing changes, and how it
     * would affect the child. The worries a {@linkplain #SAFETY_GOAL safety goal} answers.
     */
    DANGER_STATEMENT(SignsOfSafetyQuestion.WORRIED_ABOUT, "Danger statements",
            "Who is worried, what they are worried will happen to the child if nothing changes, and how it"
                    + " would affect the child, written in plain language the family can understand."),

    /** People, resources, good care. */
    EXISTING_STRENGTH(SignsOfSafetyQuestion.WORKING_WELL, "Existing strengths",
            "People, resources, good care."),

    /** Protection shown to the child, over time, in the face of the danger. */
    EXISTING_SAFETY(SignsOfSafetyQuestion.WORKING_WELL, "Existing safety",
            "Protection shown to the child, over time, in the face of the danger."),

    /**
     * What the child protection agency needs to see the caregivers doing to be satisfied the child is
     * safe enough to close the case, in behavioural terms. A goal names the danger statements it answers
     * ({@link MapStatement#dangerStatementIds()}).
     */
    SAFETY_GOAL(SignsOfSafetyQuestion.NEEDS_TO_HAPPEN, "Safety goals",
            "What the child protection agency needs to see the caregivers doing to be satisfied the child is"
                    + " safe enough to close the case, in behavioural terms."),

    /** Immediate actions, each with who and when. */
    NEXT_STEP(SignsOfSafetyQuestion.NEEDS_TO_HAPPEN, "Next steps",
            "Immediate actions, each with who and when.");

    private final SignsOfSafetyQuestion question;
    private final String label;
    private final String description;

    MapCategory(SignsOfSafetyQuestion question, String label, String description) {
        this.question = question;
        this.label = label;
        this.description = description;
    }

    /** The question the category answers. */
    public SignsOfSafetyQuestion question() {
        return question;
    }

    /** The heading of the category on the map. */
    public String label() {
        return label;
    }

    /** What a statement in the category says, as {@code docs/practice-frameworks.md} describes it. */
    public String description() {
        return description;
    }
}
