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
    MOTHER("Mother", true, false),

    /** The child's father. */
    FATHER("Father", true, false),

    /** A step-parent. */
    STEP_PARENT("Step-parent", true, false),

    /**
     * A parent's partner who is not the child's step-parent: taken to have a caring role while they live with
     * the child ("identifying any adults, including fathers, who have parenting or caring roles"; the
     * library's reading, see {@link #isCarerWhenLivingWithChild()}).
     */
    PARENTS_PARTNER("Parent's partner", false, true),

    /** Any other adult who cares for the child (a kinship carer, a special guardian). */
    CARER("Carer", true, false),

    /** A grandparent. */
    GRANDPARENT("Grandparent", false, false),

    /** A brother or sister (including half- and step-siblings). */
    SIBLING("Sibling", false, false),

    /** Another relative. */
    OTHER_RELATIVE("Other relative", false, false),

    /** A friend or other member of the family's network. */
    FRIEND_OR_NETWORK("Friend or network member", false, false);

    private final String label;
    private final boolean parentOrCarerByDefault;
    private final boolean carerWhenLivingWithChild;

    FamilyRelationship(String label, boolean parentOrCarerByDefault, boolean carerWhenLivingWithChild) {
        this.label = label;
        this.parentOrCarerByDefault = parentOrCarerByDefault;
        this.carerWhenLivingWithChild = carerWhenLivingWithChild;
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

    /**
     * Whether someone so related is taken to have a caring role while they live with the child, unless the
     * record says otherwise: a parent's partner. The guidance asks for "any adults, including fathers, who have
     * parenting or caring roles" to be identified and for "all family members, including fathers and other key
     * relatives" to be heard; it does not list who has a caring role. That an adult who lives with the child as
     * a parent's partner has one is the library's reading of it: the person most often missed when only the
     * parents by relationship are counted. A grandparent, relative or friend who cares for the child is
     * recorded as a parent or carer by the vendor ({@code FamilyMember.Builder.parentOrCarer(true)}).
     */
    public boolean isCarerWhenLivingWithChild() {
        return carerWhenLivingWithChild;
    }

    /**
     * Whether someone so related is a parent of the child for the purpose of "Assessing parenting capacity
     * should include the capacity of all parents of the child": the relationships that are a parent or carer
     * by default (mother, father, step-parent, carer). Another adult in a caring role is one the guidance asks
     * practitioners to identify; that their parenting capacity is queried rather than required is the library's
     * reading.
     */
    public boolean isParent() {
        return parentOrCarerByDefault;
    }
}
