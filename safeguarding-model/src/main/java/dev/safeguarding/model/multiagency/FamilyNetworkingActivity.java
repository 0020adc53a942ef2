package dev.safeguarding.model.multiagency;

/**
 * The activities of the Family Networking Approach, which "promote engagement and ownership of the
 * child's needs by their natural network". In the guidance's order and words.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Family
 * Networking Approach", "How does Family Networking work?".
 */
public enum FamilyNetworkingActivity {

    /** Engaging the network. */
    ENGAGING("Engaging the network",
            "build a relationship with the child, young person and their family. It is important to have"
                    + " curious conversations to explore with families what their worries are or what"
                    + " professionals worries might be at the earliest stage. When building a relationship"
                    + " with a child, young person or their family ensure that you are talking to them about"
                    + " their network from the earliest opportunity. This enables an open dialogue about who"
                    + " is available to support them from their natural network from the beginning"),

    /** Identifying the network. */
    IDENTIFYING("Identifying the network",
            "using an appreciative inquiry approach can help professionals support families to identify who"
                    + " has helped them before in their network."),

    /** Mobilising the network. */
    MOBILISING("Mobilising the network",
            "professionals can work with families to make contact with their family / natural network to"
                    + " support them to be part of family planning / family decision making.");

    private final String label;
    private final String description;

    FamilyNetworkingActivity(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The activity's name ("Engaging the network"). */
    public String label() {
        return label;
    }

    /** The guidance's description of the activity, quoted. */
    public String description() {
        return description;
    }
}
