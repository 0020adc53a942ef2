package dev.safeguarding.model.chronology;

/**
 * The four headings of a case note, in the order and words the Somerset forum gives them under "Case
 * Note Recordings".
 *
 * <p>Source: Somerset Safeguarding Children Board, practitioner forum (2017), "Case Note Recordings".
 */
public enum CaseNoteHeading {

    /** Why the visit was made. */
    PURPOSE_OF_VISIT("Purpose of visit"),

    /** What was seen of the child, including what the child said or showed. */
    OBSERVATIONS_OF_THE_CHILD("Observations of the child (including the child's voice)"),

    /** Progress on the child's plan, as assessed on the visit. */
    PROGRESS_ON_PLAN("Assess Progress on Child's Plan"),

    /** Direct work with the child on the visit. */
    DIRECT_WORK("Direct work undertaken on visit");

    private final String label;

    CaseNoteHeading(String label) {
        this.label = label;
    }

    /** The heading as the seed words it. */
    public String label() {
        return label;
    }
}
