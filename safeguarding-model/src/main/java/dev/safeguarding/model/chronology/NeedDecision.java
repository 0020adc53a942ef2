package dev.safeguarding.model.chronology;

import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.Pathway;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A decision, on a date, about a child's level of need on the continuum and the response to it: the
 * record a partnership keeps each time the level is set or changed ("a formal referral, recording the
 * level of need"). A later decision at a higher level is a step up, at a lower level a step down: "children
 * may 'step up' and need more support when need and risks increase and 'step down' as interventions have
 * impact and needs and risk change as a consequence."
 *
 * <p>Unlike {@link dev.safeguarding.model.need.ThresholdGuidance}, which is advice, this records what was
 * decided. Immutable; it holds no personal data.
 *
 * <p>Bean Validation: no constraint. The guidance is silent on what the record of a decision must hold beyond
 * its date, level and response, which the builder requires; whether a decision is a step up or down is a
 * comparison with the one before, in a {@link CaseRecord}.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "How are our
 * Services organised?", "The Children's Advice &amp; Duty Service" and "Establishing a Shared Language".
 */
@Value.Immutable
public abstract class NeedDecision {

    /** The date of the decision. */
    @Value.Parameter
    public abstract LocalDate decidedOn();

    /** The level of need decided. */
    @Value.Parameter
    public abstract LevelOfNeed level();

    /** The response decided: the pathway to support. */
    @Value.Parameter
    public abstract Pathway response();

    /** A decision of {@code level} and {@code response} on {@code decidedOn}. */
    public static NeedDecision of(LocalDate decidedOn, LevelOfNeed level, Pathway response) {
        return ImmutableNeedDecision.of(decidedOn, level, response);
    }

    /** Whether this decision is a step up from {@code previous}: a higher level of need. */
    public boolean isStepUpFrom(NeedDecision previous) {
        return level().isHigherThan(previous.level());
    }

    /** Whether this decision is a step down from {@code previous}: a lower level of need. */
    public boolean isStepDownFrom(NeedDecision previous) {
        return previous.level().isHigherThan(level());
    }
}
