package dev.safeguarding.model.multiagency;

import dev.safeguarding.model.people.Practitioner;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The accountable manager's decision on a request for joint agency group supervision: "The case should
 * be discussed by the accountable team manager/safeguarding supervisor and agreement reached that the
 * case should be subject to joint supervision." The session is due within 15 working days of an agreed
 * decision ({@code norfolk.joint-agency-group-supervision}).
 *
 * <p>The procedure says nothing of a request that is not agreed; the library records it as a decision
 * with {@link #agreed()} false, which sets no deadline.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link JointSupervisionRequest}, whose
 * constraint {@code JointSupervisionAgreed} checks that a session had an agreed decision: a rule belongs to
 * the record it is checked on.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), section 4.
 */
@Value.Immutable
public abstract class JointSupervisionDecision {

    /** The accountable team manager or safeguarding supervisor who decided. */
    @Value.Parameter
    public abstract Practitioner decidedBy();

    /** The date of the decision: the trigger of the session's timescale. */
    @Value.Parameter
    public abstract LocalDate decidedOn();

    /** Whether the manager agreed that the case should be subject to joint supervision. */
    @Value.Parameter
    public abstract boolean agreed();

    /** A decision. */
    public static JointSupervisionDecision of(Practitioner decidedBy, LocalDate decidedOn, boolean agreed) {
        return ImmutableJointSupervisionDecision.of(decidedBy, decidedOn, agreed);
    }

    /** An agreement that the case should be subject to joint supervision. */
    public static JointSupervisionDecision agreed(Practitioner decidedBy, LocalDate decidedOn) {
        return of(decidedBy, decidedOn, true);
    }

    /** The decision maker's identifier and role, the date and the decision; never a name. */
    @Override
    public String toString() {
        return "JointSupervisionDecision{decidedBy=" + decidedBy() + ", decidedOn=" + decidedOn() + ", agreed="
                + agreed() + "}";
    }
}
