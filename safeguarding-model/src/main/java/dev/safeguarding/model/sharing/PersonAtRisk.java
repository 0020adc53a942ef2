package dev.safeguarding.model.sharing;

/**
 * Who seeking consent could place at increased risk of suffering harm, as the guidance lists them:
 * "if having a conversation with the family would place the child, or another child, or someone else,
 * or you the referrer, at increased risk of suffering harm you do not need consent".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing".
 */
public enum PersonAtRisk {

    /** "the child". */
    CHILD("the child"),

    /** "another child". */
    ANOTHER_CHILD("another child"),

    /** "someone else" (for example a parent experiencing domestic abuse). */
    SOMEONE_ELSE("someone else"),

    /** "you the referrer". */
    REFERRER("you the referrer");

    private final String label;

    PersonAtRisk(String label) {
        this.label = label;
    }

    /** The guidance's words for the person. */
    public String label() {
        return label;
    }
}
