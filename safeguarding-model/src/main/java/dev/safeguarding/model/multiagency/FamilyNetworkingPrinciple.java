package dev.safeguarding.model.multiagency;

/**
 * The four principles of the Family Networking Approach, which Norfolk uses alongside Signs of Safety
 * "to ensure that all children, young people and their families are able to have a meaningful
 * connection to their natural network". In the guidance's order and words.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Family
 * Networking Approach".
 */
public enum FamilyNetworkingPrinciple {

    /** 1. Every child and parent has a network that can be found. */
    EVERY_CHILD_HAS_A_NETWORK("Every child / parent has a family and / or network and they can be found if we try"),

    /** 2. Belonging and identity. */
    BELONGING_AND_IDENTITY("A meaningful connection to their family or network helps a child develop and"
            + " maintain a sense of belonging and identity"),

    /** 3. Lifelong connection and positive outcomes. */
    LIFELONG_CONNECTION("The single factor most strongly connected with positive outcomes for children is"
            + " meaningful, lifelong connection to their family and / or network"),

    /** 4. The network in planning and decision making. */
    NETWORK_IN_DECISIONS("The family and / or network will be involved in the planning and decision making for"
            + " their child");

    private final String text;

    FamilyNetworkingPrinciple(String text) {
        this.text = text;
    }

    /** The principle's number in the guidance, 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    /** The principle, in the guidance's words. */
    public String text() {
        return text;
    }
}
