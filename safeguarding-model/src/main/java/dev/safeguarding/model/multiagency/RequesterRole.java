package dev.safeguarding.model.multiagency;

/**
 * Who identified a case as appropriate for joint agency group supervision. "Cases which are appropriate
 * for joint supervision may be identified by" one of these three; the labels quote the procedure.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), section 4.
 */
public enum RequesterRole {

    /** A practitioner working directly with the child, young person or family. */
    PRACTITIONER("Practitioner/s working directly with the child, young person or family."),

    /** A safeguarding supervisor who provides single agency supervision. */
    SAFEGUARDING_SUPERVISOR("Safeguarding supervisors who provide single agency supervision"),

    /** A team manager or assistant team manager who provides management oversight of cases. */
    TEAM_MANAGER("Team managers/assistant team managers who provide management oversight of cases.");

    private final String label;

    RequesterRole(String label) {
        this.label = label;
    }

    /** The procedure's words for who may identify a case. */
    public String label() {
        return label;
    }
}
