package dev.safeguarding.model.assessment;

/**
 * The prompts for observing a baby and a parent with the baby, in the guidance's order and with its
 * wording: "Does the child....?" (twelve) and "Does the Parent...?" (nine). "Careful and skilled
 * observation helps practitioners to understand what is happening in the life of the child."
 *
 * <p>A statement in an assessment or a record of the child's voice may name the prompt it answers. The
 * prompts are an aid to observation, not a checklist to score.
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Effective communication with
 * young children/babies".
 */
public enum ObservationPrompt {

    /** Does the child appear alert? */
    CHILD_APPEARS_ALERT(false, "appear alert"),

    /** Does the child respond to people? */
    CHILD_RESPONDS_TO_PEOPLE(false, "respond to people"),

    /** Does the child show interest in the human face? */
    CHILD_SHOWS_INTEREST_IN_FACES(false, "show interest in the human face"),

    /** Does the child track with the eyes? */
    CHILD_TRACKS_WITH_EYES(false, "track with the eyes"),

    /** Does the child vocalise frequently? */
    CHILD_VOCALISES_FREQUENTLY(false, "vocalise frequently"),

    /** Does the child exhibit expected motor development? */
    CHILD_EXPECTED_MOTOR_DEVELOPMENT(false, "exhibit expected motor development"),

    /** Does the child enjoy close physical contact? */
    CHILD_ENJOYS_CLOSE_CONTACT(false, "enjoy close physical contact"),

    /** Does the child signal discomfort? */
    CHILD_SIGNALS_DISCOMFORT(false, "signal discomfort"),

    /** Does the child appear to be easily comforted? */
    CHILD_EASILY_COMFORTED(false, "appear to be easily comforted"),

    /** Does the child exhibit normal or excessive displeasure? */
    CHILD_NORMAL_OR_EXCESSIVE_DISPLEASURE(false, "exhibit normal or excessive displeasure"),

    /** Does the child appear outgoing or seem passive and withdrawn? */
    CHILD_OUTGOING_OR_WITHDRAWN(false, "appear outgoing or seem passive and withdrawn"),

    /** Does the child have good muscle tone? */
    CHILD_GOOD_MUSCLE_TONE(false, "have good muscle tone"),

    /** Does the parent respond to the infant's vocalisations? */
    PARENT_RESPONDS_TO_VOCALISATIONS(true, "respond to the infant's vocalisations"),

    /** Does the parent change voice tone when talking to or about the baby? */
    PARENT_CHANGES_VOICE_TONE(true, "change voice tone when talking to or about the baby"),

    /** Does the parent engage in face-to-face contact with the infant? */
    PARENT_FACE_TO_FACE_CONTACT(true, "engage in face-to-face contact with the infant"),

    /** Does the parent exhibit interest in and encourage age-appropriate development? */
    PARENT_ENCOURAGES_DEVELOPMENT(true, "exhibit interest in and encourage age-appropriate development"),

    /** Does the parent respond to the child's cues? */
    PARENT_RESPONDS_TO_CUES(true, "respond to the child's cues"),

    /** Does the parent demonstrate the ability to comfort the infant? */
    PARENT_COMFORTS_INFANT(true, "demonstrate the ability to comfort the infant"),

    /** Does the parent enjoy close physical contact with the baby? */
    PARENT_ENJOYS_CLOSE_CONTACT(true, "enjoy close physical contact with the baby"),

    /** Does the parent initiate positive interactions with the infant? */
    PARENT_INITIATES_POSITIVE_INTERACTIONS(true, "initiate positive interactions with the infant"),

    /** Does the parent identify positive qualities in the child? */
    PARENT_IDENTIFIES_POSITIVE_QUALITIES(true, "identify positive qualities in the child");

    private final boolean aboutTheParent;
    private final String label;

    ObservationPrompt(boolean aboutTheParent, String label) {
        this.aboutTheParent = aboutTheParent;
        this.label = label;
    }

    /** The prompt as the guidance words it, after "Does the child" or "Does the Parent": "respond to people". */
    public String label() {
        return label;
    }

    /** Whether the prompt is about the parent with the baby ("Does the Parent...?") rather than the child. */
    public boolean isAboutTheParent() {
        return aboutTheParent;
    }

    /** The whole question: "Does the child respond to people?", "Does the parent respond to the child's cues?". */
    public String question() {
        return (aboutTheParent ? "Does the parent " : "Does the child ") + label + "?";
    }
}
