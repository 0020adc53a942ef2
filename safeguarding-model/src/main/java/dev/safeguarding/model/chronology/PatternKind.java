package dev.safeguarding.model.chronology;

import dev.safeguarding.model.SourcePassage;

/**
 * The patterns the library looks for in a chronology, each a prompt for a practitioner or manager to
 * look again, never a conclusion: "Chronologies - can be used to spot changes, patterns, repetition etc."
 * Each constant quotes the passage that asks practitioners to notice it.
 *
 * <p>The seeds say what to notice but give no numbers (how many incidents, within what window, how
 * long a plan may go unreviewed): those are settings of the rules
 * ({@code dev.safeguarding.rules.chronology.ChronologyPatterns}), with defaults the library states as
 * its own.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills" and "Key Learning Points"; NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i>
 * (2023), "What do we mean by Continuum of Needs?" and "Norfolk Graded Care Profile".
 */
public enum PatternKind {

    /** Incidents or injuries of one kind, repeated within a window. */
    REPEATED_INCIDENTS("repeated-incidents", "Repeated incidents of one kind",
            "Chronologies - can be used to spot changes, patterns, repetition etc.",
            Sources.somerset("Managing Risk - Core Skills")),

    /**
     * Appointments the child was not brought to or missed, and services refused, repeated within a window:
     * what the Norfolk guidance names as possible evidence of neglect.
     */
    NOT_BROUGHT_OR_REFUSED("not-brought-or-refused", "Not brought to appointments or services refused",
            "neglect includes not being brought to appointments, repeated refusal of services, not complying"
                    + " with advice or not administering or monitoring a child's medication",
            Sources.continuum("What do we mean by Continuum of Needs?")),

    /**
     * A plan open with no review or progress recorded for longer than a span: drift. "Neglect is often
     * characterised by drift and / or changes that are not sustained by the family" (Norfolk).
     */
    DRIFT("drift", "Drift: no plan review or progress",
            "Issues in relation to CiN were noted, including drift, change of personnel and communication.",
            Sources.somerset("Key Learning Points")),

    /** A step down with no multi-agency consultation recorded around it. */
    STEP_DOWN_WITHOUT_CONSULTATION("step-down-without-consultation", "Step down without multi-agency consultation",
            "There was disquiet expressed about the step-down of CiN plans by CSC without multi-agency"
                    + " consultation.",
            Sources.somerset("Key Learning Points")),

    /** A review or other event of a timescale held late, or overdue and not yet held. */
    DEADLINE_MISSED("deadline-missed", "Review or deadline missed",
            "To work well, the CiN process needs to be well planned, vigorously managed, regularly review and"
                    + " underpinned with strong leadership and excellent communication across the multi-agency"
                    + " team.",
            Sources.somerset("Key Learning Points"));

    private final String code;
    private final String label;
    private final String description;
    private final SourcePassage source;

    PatternKind(String code, String label, String description, SourcePassage source) {
        this.code = code;
        this.label = label;
        this.description = description;
        this.source = source;
    }

    /** A stable code ({@code drift}); a finding's code is {@code chronology.} and this. */
    public String code() {
        return code;
    }

    /** A short label for display (the library's wording). */
    public String label() {
        return label;
    }

    /** The passage of the guidance that asks practitioners to notice the pattern, quoted. */
    public String description() {
        return description;
    }

    /** Where {@link #description()} comes from. */
    public SourcePassage source() {
        return source;
    }
}
