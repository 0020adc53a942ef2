package dev.safeguarding.model.multiagency;

/**
 * How the thinking points, theories or questions from a joint agency group supervision session reached the
 * child and family. "As a formal reflective discussion, joint supervision will be recorded on the child's file
 * and any thinking points, theories or questions that come out of it will be shared with the child/parents/carers
 * or at the next Core Group, CiN meeting or Family Support Meeting as each of these demonstrate the community of
 * practice around the child." The request of children and families "can be summarised as 'nothing about us,
 * without us'". The labels quote the procedure.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), sections 2 and 3.
 */
public enum FamilyFeedbackRoute {

    /** Shared directly with the child, parents or carers. */
    WITH_CHILD_OR_PARENTS("Shared with the child/parents/carers"),

    /** Shared at the next Core Group. */
    CORE_GROUP("At the next Core Group"),

    /** Shared at the next Child in Need meeting. */
    CHILD_IN_NEED_MEETING("At the next CiN meeting"),

    /** Shared at the next Family Support Meeting. */
    FAMILY_SUPPORT_MEETING("At the next Family Support Meeting");

    private final String label;

    FamilyFeedbackRoute(String label) {
        this.label = label;
    }

    /** The procedure's words for the route. */
    public String label() {
        return label;
    }
}
