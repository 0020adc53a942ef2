package dev.safeguarding.model.timescales;

import dev.safeguarding.model.internal.Checks;
import org.immutables.value.Value;

/**
 * An event in the life of a case that starts a {@link Timescale} (its trigger) or that a timescale
 * bounds: a referral being received, a strategy discussion, an initial child protection conference.
 *
 * <p>A value, not an enum, because partnerships set their own timescales between events of their own
 * (a pre-birth conference, a statutory visit): a vendor makes one with {@link #of(String, String)}.
 * The constants here are the events of the timescales the library ships, in the guidance's words.
 *
 * <p>Sources: HM Government, <i>Working Together to Safeguard Children</i> (2023), Chapter 3,
 * "Providing help, support and protection"; NSCP, <i>Norfolk Guidance to Understanding Continuum of
 * Needs</i> (2023), "Recording what we do and the decisions we take"; NSCP 3.16, <i>Joint Agency Group
 * Supervision Procedure</i> (November 2022), section 4.
 */
@Value.Immutable
public abstract class TimescaleEvent {

    /** A referral to local authority children's social care is received (Working Together 2023). */
    public static final TimescaleEvent REFERRAL_RECEIVED =
            of("referral-received", "Referral received");

    /**
     * A local authority social worker makes a decision about the type of response required to a
     * referral (Working Together 2023).
     */
    public static final TimescaleEvent RESPONSE_DECISION =
            of("response-decision", "Decision about the type of response required");

    /** An assessment is concluded, so that a decision on next steps can be made (Working Together 2023). */
    public static final TimescaleEvent ASSESSMENT_CONCLUDED =
            of("assessment-concluded", "Assessment concluded");

    /**
     * A strategy discussion; where more than one is held, the one at which section 47 enquiries were
     * initiated (Working Together 2023).
     */
    public static final TimescaleEvent STRATEGY_DISCUSSION =
            of("strategy-discussion", "Strategy discussion");

    /** An initial child protection conference (Working Together 2023). */
    public static final TimescaleEvent INITIAL_CHILD_PROTECTION_CONFERENCE =
            of("initial-child-protection-conference", "Initial child protection conference");

    /** The first core group meeting after an initial child protection conference (Working Together 2023). */
    public static final TimescaleEvent FIRST_CORE_GROUP_MEETING =
            of("first-core-group-meeting", "First core group meeting");

    /** A review child protection conference (Working Together 2023). */
    public static final TimescaleEvent REVIEW_CHILD_PROTECTION_CONFERENCE =
            of("review-child-protection-conference", "Review child protection conference");

    /**
     * A consultation with the Children's Advice and Duty Service (CADS): "the conversation" with the
     * named consultant social worker (Norfolk Continuum of Needs 2023).
     */
    public static final TimescaleEvent CADS_CONSULTATION =
            of("cads-consultation", "CADS consultation");

    /**
     * The named consultant social worker gives the caller "a feedback summary of the conversation and
     * agreed decision" (Norfolk Continuum of Needs 2023).
     */
    public static final TimescaleEvent CADS_FEEDBACK_SUMMARY =
            of("cads-feedback-summary", "Feedback summary of the conversation and agreed decision");

    /**
     * "The accountable leads' decision to provide a joint supervision session" (NSCP 3.16, section 4).
     */
    public static final TimescaleEvent JOINT_SUPERVISION_DECISION =
            of("joint-supervision-decision", "Accountable leads' decision to provide joint supervision");

    /**
     * A joint agency group supervision session; the procedure says it "should be arranged within 15
     * working days" of the decision (NSCP 3.16, section 4).
     */
    public static final TimescaleEvent JOINT_SUPERVISION_SESSION =
            of("joint-supervision-session", "Joint agency group supervision session");

    /**
     * A stable identifier: lower-case letters and digits in words joined by {@code -} or {@code .},
     * starting with a letter ({@code strategy-discussion}, {@code acme.pre-birth-conference}).
     */
    @Value.Parameter
    public abstract String id();

    /** The event as the guidance names it. */
    @Value.Parameter
    public abstract String label();

    /**
     * An event; a vendor names its own events this way.
     *
     * @throws dev.safeguarding.model.InvalidValueException if the id is not of the stated form or the
     *                                                      label is blank
     */
    public static TimescaleEvent of(String id, String label) {
        return ImmutableTimescaleEvent.of(id, label);
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "label", label());
        Checks.require(id() != null && Checks.isCode(id()), "id",
                "must be lower-case letters and digits in words joined by '-' or '.', starting with a letter");
        Checks.notBlank(label(), "label");
    }

    /** The label, then the id in brackets. */
    @Override
    public String toString() {
        return label() + " [" + id() + "]";
    }
}
