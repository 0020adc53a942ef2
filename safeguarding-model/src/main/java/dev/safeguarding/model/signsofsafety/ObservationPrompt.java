package dev.safeguarding.model.signsofsafety;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The prompts for observing a baby and a parent, in the order and words of the Somerset slides: "Use of
 * observation to access the voice and lived experience of the child." Each completes its subject's
 * heading: "Does the child....?" "respond to people?". The first child prompt has no question mark in
 * the slides; it is kept as written.
 *
 * <p>The one list of these prompts in the library: an assessment's statements and records of the
 * child's voice name them too ({@code AssessmentStatement.prompt()}, {@code ChildsView.prompt()}).
 * They are an aid to observation, not a checklist to score.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Capturing a baby's perspective" and "Effective communication with young children/babies".
 */
public enum ObservationPrompt {

    /** Does the child "appear alert". */
    CHILD_APPEARS_ALERT(ObservationSubject.CHILD, "appear alert"),

    /** Does the child "respond to people?" */
    CHILD_RESPONDS_TO_PEOPLE(ObservationSubject.CHILD, "respond to people?"),

    /** Does the child "show interest in the human face?" */
    CHILD_SHOWS_INTEREST_IN_THE_HUMAN_FACE(ObservationSubject.CHILD, "show interest in the human face?"),

    /** Does the child "track with the eyes?" */
    CHILD_TRACKS_WITH_THE_EYES(ObservationSubject.CHILD, "track with the eyes?"),

    /** Does the child "vocalise frequently?" */
    CHILD_VOCALISES_FREQUENTLY(ObservationSubject.CHILD, "vocalise frequently?"),

    /** Does the child "exhibit expected motor development?" */
    CHILD_EXHIBITS_EXPECTED_MOTOR_DEVELOPMENT(ObservationSubject.CHILD, "exhibit expected motor development?"),

    /** Does the child "enjoy close physical contact?" */
    CHILD_ENJOYS_CLOSE_PHYSICAL_CONTACT(ObservationSubject.CHILD, "enjoy close physical contact?"),

    /** Does the child "signal discomfort?" */
    CHILD_SIGNALS_DISCOMFORT(ObservationSubject.CHILD, "signal discomfort?"),

    /** Does the child "appear to be easily comforted?" */
    CHILD_APPEARS_EASILY_COMFORTED(ObservationSubject.CHILD, "appear to be easily comforted?"),

    /** Does the child "exhibit normal or excessive displeasure?" */
    CHILD_EXHIBITS_NORMAL_OR_EXCESSIVE_DISPLEASURE(ObservationSubject.CHILD,
            "exhibit normal or excessive displeasure?"),

    /** Does the child "appear outgoing or seem passive and withdrawn?" */
    CHILD_APPEARS_OUTGOING_OR_WITHDRAWN(ObservationSubject.CHILD, "appear outgoing or seem passive and withdrawn?"),

    /** Does the child "have good muscle tone?" */
    CHILD_HAS_GOOD_MUSCLE_TONE(ObservationSubject.CHILD, "have good muscle tone?"),

    /** Does the parent "respond to the infant's vocalisations?" */
    PARENT_RESPONDS_TO_VOCALISATIONS(ObservationSubject.PARENT, "respond to the infant's vocalisations?"),

    /** Does the parent "change voice tone when talking to or about the baby?" */
    PARENT_CHANGES_VOICE_TONE(ObservationSubject.PARENT, "change voice tone when talking to or about the baby?"),

    /** Does the parent "engage in face-to-face contact with the infant?" */
    PARENT_ENGAGES_IN_FACE_TO_FACE_CONTACT(ObservationSubject.PARENT, "engage in face-to-face contact with the infant?"),

    /** Does the parent "exhibit interest in and encourage age-appropriate development?" */
    PARENT_ENCOURAGES_AGE_APPROPRIATE_DEVELOPMENT(ObservationSubject.PARENT,
            "exhibit interest in and encourage age-appropriate development?"),

    /** Does the parent "respond to the child's cues?" */
    PARENT_RESPONDS_TO_CUES(ObservationSubject.PARENT, "respond to the child's cues?"),

    /** Does the parent "demonstrate the ability to comfort the infant?" */
    PARENT_COMFORTS_THE_INFANT(ObservationSubject.PARENT, "demonstrate the ability to comfort the infant?"),

    /** Does the parent "enjoy close physical contact with the baby?" */
    PARENT_ENJOYS_CLOSE_PHYSICAL_CONTACT(ObservationSubject.PARENT, "enjoy close physical contact with the baby?"),

    /** Does the parent "initiate positive interactions with the infant?" */
    PARENT_INITIATES_POSITIVE_INTERACTIONS(ObservationSubject.PARENT, "initiate positive interactions with the infant?"),

    /** Does the parent "identify positive qualities in the child?" */
    PARENT_IDENTIFIES_POSITIVE_QUALITIES(ObservationSubject.PARENT, "identify positive qualities in the child?");

    private final ObservationSubject subject;
    private final String text;

    ObservationPrompt(ObservationSubject subject, String text) {
        this.subject = subject;
        this.text = text;
    }

    /** Whom the prompt is about. */
    public ObservationSubject subject() {
        return subject;
    }

    /** The prompt in the slides' words, completing the subject's heading. */
    public String text() {
        return text;
    }

    /** The prompt without its question mark, for display: "respond to people". */
    public String label() {
        return text.endsWith("?") ? text.substring(0, text.length() - 1) : text;
    }

    /** The whole question: "Does the child respond to people?", "Does the parent respond to the child's cues?". */
    public String question() {
        return (subject == ObservationSubject.PARENT ? "Does the parent " : "Does the child ") + label() + "?";
    }

    /**
     * The prompts about {@code subject}, in the slides' order.
     *
     * @throws NullPointerException if {@code subject} is null
     */
    public static List<ObservationPrompt> about(ObservationSubject subject) {
        Objects.requireNonNull(subject, "subject");
        return Arrays.stream(values()).filter(p -> p.subject == subject).toList();
    }
}
