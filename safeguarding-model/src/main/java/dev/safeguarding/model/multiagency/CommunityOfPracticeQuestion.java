package dev.safeguarding.model.multiagency;

/**
 * The six questions the professionals around a child "should always consider" "to ensure we are
 * working as an effective Community of Practice", in the guidance's order and words.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Community of
 * Practice and Joint Agency Group Supervision".
 */
public enum CommunityOfPracticeQuestion {

    /** 1. The child's voice. */
    CHILDS_VOICE("Have we really heard the child's voice?"),

    /** 2. The child's lived experience. */
    LIVED_EXPERIENCE("Do we appreciate all aspects of the child's lived experience (including different"
            + " households)?"),

    /** 3. Who advocates for the child. */
    ADVOCATE("Who is the worker who best advocates for the child?"),

    /** 4. Good enough for my child. */
    GOOD_ENOUGH("Would this be good enough for my child?"),

    /** 5. Managing risk, or giving in to the concerned professional. */
    MANAGE_RISK("Do we manage risk for the child, or give in to the concerned professional?"),

    /** 6. Enabling the child to flourish. */
    FLOURISH("Have we done everything we can to enable the child to flourish?");

    private final String text;

    CommunityOfPracticeQuestion(String text) {
        this.text = text;
    }

    /** The question's number in the guidance, 1 to 6. */
    public int number() {
        return ordinal() + 1;
    }

    /** The question, in the guidance's words. */
    public String text() {
        return text;
    }
}
