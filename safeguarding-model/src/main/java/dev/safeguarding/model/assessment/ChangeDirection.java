package dev.safeguarding.model.assessment;

/**
 * Which way care moved between two graded care snapshots. On a graded care profile a lower grade is
 * better care, so a grade that falls is an improvement. {@link #MIXED} describes a whole profile only:
 * some areas improved and others deteriorated.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Norfolk Graded Care
 * Profile" ("positive changes (or not)") and "Determining the Level of Need or Urgency" ("in cases of
 * neglect where parents and carers can make small improvements, but an analysis will need to be undertaken
 * on whether this leads to significant improvements for the child").
 */
public enum ChangeDirection {

    /** Care is better: the grade fell (towards 1), or for a profile some areas improved and none deteriorated. */
    IMPROVED("Improved"),

    /** The same grade, or for a profile no area changed. */
    UNCHANGED("Unchanged"),

    /** Care is worse: the grade rose, or for a profile some areas deteriorated and none improved. */
    DETERIORATED("Deteriorated"),

    /** For a profile only: some areas improved and others deteriorated. */
    MIXED("Mixed");

    private final String label;

    ChangeDirection(String label) {
        this.label = label;
    }

    /** A short label for display. */
    public String label() {
        return label;
    }
}
