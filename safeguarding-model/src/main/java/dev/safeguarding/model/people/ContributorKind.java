package dev.safeguarding.model.people;

/**
 * Whose words or view a statement records: the child's own, a member of the family or network, or a
 * practitioner's. The guidance asks for all three and for the difference between them to be visible:
 * "Speak to the children too and assure yourself that you understand their wishes and feelings".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Conversation
 * Opportunities" and "Using the Signs of Safety Framework".
 */
public enum ContributorKind {

    /** The child. */
    CHILD("Child"),

    /** A member of the child's family or network. */
    FAMILY_MEMBER("Family or network member"),

    /** A practitioner of an agency. */
    PRACTITIONER("Practitioner");

    private final String label;

    ContributorKind(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }
}
