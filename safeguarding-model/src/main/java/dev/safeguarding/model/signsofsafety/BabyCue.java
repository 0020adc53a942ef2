package dev.safeguarding.model.signsofsafety;

/**
 * What a skilled observer may notice of a baby: "Initially, it can seem as if the baby 'does nothing',
 * but careful observation will show a unique child who is very responsive to their environment." In the
 * slides' order and words.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum</i> (July 2017),
 * "Effective communication with young children/babies" ("A skilled observer may notice the baby's:").
 */
public enum BabyCue {

    /** "moving eyes" */
    MOVING_EYES("moving eyes"),

    /** "clenched and unclenched fists and feet" */
    CLENCHED_AND_UNCLENCHED_FISTS_AND_FEET("clenched and unclenched fists and feet"),

    /** "wriggling" */
    WRIGGLING("wriggling"),

    /** "sucking movements with tongue and cheeks" */
    SUCKING_MOVEMENTS("sucking movements with tongue and cheeks"),

    /** "stillness when concentrating on watching carer or a moving object/light" */
    STILLNESS_WHEN_CONCENTRATING("stillness when concentrating on watching carer or a moving object/light"),

    /** "moving head responding to sounds" */
    MOVING_HEAD_RESPONDING_TO_SOUNDS("moving head responding to sounds");

    private final String label;

    BabyCue(String label) {
        this.label = label;
    }

    /** The cue in the slides' words. */
    public String label() {
        return label;
    }
}
