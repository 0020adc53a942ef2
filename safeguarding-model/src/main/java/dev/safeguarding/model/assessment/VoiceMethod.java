package dev.safeguarding.model.assessment;

/**
 * How the child's own views and lived experience were heard. Not every child can say what they think:
 * "Think about unborn babies, children with language barrier ... For some children their behaviour is
 * their voice", and practitioners should "use direct observation of babies and young children by a range
 * of people".
 *
 * <p>The labels are the library's; each description quotes its source. Sources: NSCP, <i>Norfolk
 * Guidance to Understanding Continuum of Needs</i> (2023), "Conversation Opportunities";
 * Somerset Safeguarding Children Board, practitioner forum (2017), "The Voice of the Child - Ofsted 2011"
 * and "Effective communication with young children/babies".
 */
public enum VoiceMethod {

    /** The child's own words, spoken or written. */
    OWN_WORDS("In the child's own words",
            "Speak to the children too and assure yourself that you understand their wishes and feelings."),

    /** Watching the child: their behaviour, responses and interactions. */
    OBSERVATION("Direct observation",
            "use direct observation of babies and young children by a range of people and make sense of these"
                    + " observations in relation to risk factors."),

    /** Play and other direct work with the child. */
    PLAY("Play and direct work",
            "Effective techniques for communicating with pre/non-verbal children include active listening and"
                    + " talking, observation and different types of play."),

    /** Someone who knows the child well, speaking for the child. */
    SOMEONE_WHO_KNOWS_THE_CHILD("Through someone who knows the child well",
            "Liaise with other practitioners and family members who know the child well.");

    private final String label;
    private final String description;

    VoiceMethod(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short label for display (the library's wording). */
    public String label() {
        return label;
    }

    /** The passage of the guidance that asks for this way of hearing the child, quoted. */
    public String description() {
        return description;
    }
}
