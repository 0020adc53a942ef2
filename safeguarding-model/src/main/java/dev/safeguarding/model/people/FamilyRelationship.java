package dev.safeguarding.model.people;

/**
 * How a member of the family or network is related to the child. The guidance insists on "identifying
 * any adults, including fathers, who have parenting or caring roles", on considering "parents who do
 * not live with their children", and on the child's natural network of family and friends.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Whole Family
 * Working", "What do we mean by Continuum of Needs?" and "Family Networking Approach".
 */
public enum FamilyRelationship {

    /** The child's mother. */
    MOTHER("Mother", true),

    /** The child's father. */
    FATHER("Father", true),

    /** A step-parent. */
    STEP_PARENT("Step-parent", true),

    /** A parent's partner who is not the child's step-parent. */
    PARENTS_PARTNER("Parent's partner", false),

    /** Any other adult who cares for the child (a kinship carer, a special guardian). */
    CARER("Carer", true),

    /** A grandparent. */
    GRANDPARENT("Grandparent", false),

    /** A brother or sister (including half- and step-siblings). */
    SIBLING("Sibling", false),

    /** Another relative. */
    OTHER_RELATIVE("Other relative", false),

    /** A friend or other member of the family's network. */
    FRIEND_OR_NETWORK("Friend or network member", false);

    private final String label;
    private final boolean parentOrCarerByDefault;

    FamilyRelationship(String label, boolean parentOrCarerByDefault) {
        this.label = label;
        this.parentOrCarerByDefault = parentOrCarerByDefault;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }

    /**
     * Whether someone so related is taken to have a parenting or caring role unless the record says
     * otherwise (mother, father, step-parent, carer).
     */
    public boolean isParentOrCarerByDefault() {
        return parentOrCarerByDefault;
    }
}
