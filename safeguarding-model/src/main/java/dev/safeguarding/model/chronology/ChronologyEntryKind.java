package dev.safeguarding.model.chronology;

/**
 * What a {@link ChronologyEntry} records: an incident or injury, an appointment the child was not
 * brought to, a service refused, a step in the work with the family (a referral, a consultation, an
 * assessment, a meeting, a visit, a plan starting, being reviewed or ending, a step up or a step down) or
 * a legal step. "Chronologies - can be used to spot changes, patterns, repetition etc. This is a dynamic
 * tool able to help practitioners understand history and context in current circumstances."
 *
 * <p>The seeds name these kinds of event but give no list of them: the set, and the labels, are the
 * library's. Each description says where the seed speaks of the kind. A vendor maps its own event types
 * onto these; one that fits none is {@link #OTHER}.
 *
 * <p>Sources: Somerset Safeguarding Children Board, practitioner forum (2017), "Managing Risk - Core
 * Skills", "Case Note Recordings" and "Timeline/Processes"; NSCP, <i>Norfolk Guidance to Understanding
 * Continuum of Needs</i> (2023), "What do we mean by Continuum of Needs?" and "How are our Services
 * organised?".
 */
public enum ChronologyEntryKind {

    /** An incident: something that happened to or around the child (a police call-out, an allegation). */
    INCIDENT("Incident", "An event in the child's life that an agency recorded. The seed names well-known"
            + " risk factors such as domestic abuse, mental health problems, substance misuse and relationship"
            + " breakdown."),

    /** An injury to the child. */
    INJURY("Injury", "An injury to the child, explained or not."),

    /** An appointment missed, the agency not knowing why. */
    MISSED_APPOINTMENT("Missed appointment", "An appointment for the child that was missed."),

    /**
     * An appointment the child was not brought to: "neglect includes not being brought to appointments".
     */
    NOT_BROUGHT_TO_APPOINTMENT("Not brought to appointment",
            "neglect includes not being brought to appointments"),

    /** A service offered and refused: "repeated refusal of services". */
    REFUSED_SERVICE("Refused service", "repeated refusal of services"),

    /** A referral, to children's social care or to another service. */
    REFERRAL("Referral", "A referral about the child, to children's social care or to another service."),

    /** A consultation between professionals, for example with the Children's Advice and Duty Service. */
    CONSULTATION("Consultation", "A consultation between professionals about the child."),

    /** An assessment started or concluded. */
    ASSESSMENT("Assessment", "Assessment - can only identify the probability of harm, assess possible impact"
            + " and propose intervention to eliminate or reduce that harm."),

    /** A meeting about the child: a strategy discussion, a conference, a Child in Need or core group meeting. */
    MEETING("Meeting", "A meeting about the child, for example a strategy discussion, a Child in Need meeting"
            + " or a pre-birth planning meeting."),

    /** A visit to the child or family, as recorded in a case note ("Purpose of visit"). */
    VISIT("Visit", "A visit to the child or family; its case note records the purpose of the visit."),

    /** A plan for the child starting: an Early Help, Child in Need or Child Protection plan. */
    PLAN_START("Plan start", "Planning - An effective plan addresses risk by being clear about the issues, how"
            + " they will be managed/reduced, what support will be provided and when it will be reviewed"),

    /** A plan for the child reviewed: "Where a plan has been agreed, this should be reviewed regularly". */
    PLAN_REVIEW("Plan review", "Where a plan has been agreed, this should be reviewed regularly to analyse"
            + " whether sufficient progress has been made to meet the child's needs"),

    /** A plan for the child ending. */
    PLAN_END("Plan end", "A plan for the child ending."),

    /** A step up: "children may 'step up' and need more support when need and risks increase". */
    STEP_UP("Step up", "children may 'step up' and need more support when need and risks increase"),

    /** A step down: "'step down' as interventions have impact and needs and risk change as a consequence". */
    STEP_DOWN("Step down", "'step down' as interventions have impact and needs and risk change as a consequence"),

    /**
     * A legal step: a legal gateway panel, the Public Law Outline (pre-proceedings), an application or an
     * order ("Legal Gateway Panel agree Public Law Outline (PLO)"; "Interim Supervision Order granted").
     */
    LEGAL_STEP("Legal step", "Legal Gateway Panel agree Public Law Outline (PLO)"),

    /** Any other event; its summary says what. */
    OTHER("Other", "Any other event in the child's life or in the work with the family.");

    private final String label;
    private final String description;

    ChronologyEntryKind(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short label for display (the library's wording). */
    public String label() {
        return label;
    }

    /** What the kind covers; where the seed speaks of it, its words. */
    public String description() {
        return description;
    }
}
