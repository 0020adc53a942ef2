package dev.safeguarding.model.signsofsafety;

/**
 * Whom an {@link Observation} of a baby's world is about: the child, or the parent with the child. Each
 * is labelled with the heading the Somerset slides give its {@linkplain ObservationPrompt prompts},
 * as written there.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Effective communication with young children/babies".
 */
public enum ObservationSubject {

    /** The child: "Does the child....?" */
    CHILD("Does the child....?"),

    /** The parent, with the child: "Does the Parent...?" */
    PARENT("Does the Parent...?");

    private final String label;

    ObservationSubject(String label) {
        this.label = label;
    }

    /** The heading of the subject's prompts, as the slides write it. */
    public String label() {
        return label;
    }
}
