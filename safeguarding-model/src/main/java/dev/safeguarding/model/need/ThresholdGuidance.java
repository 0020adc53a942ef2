package dev.safeguarding.model.need;

import dev.safeguarding.model.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a threshold guide suggests for a {@link ThresholdQuestion}: a level of need, a response, the
 * reasons for them and the considerations the practitioner is asked to weigh. It is advice that
 * supports professional judgement, never a decision: "The purpose of this guidance is to help match
 * the response to the child's needs, and is not a check list of concerns"; {@link #professionalJudgement()}
 * says so in the profile's words.
 *
 * <p>There is always a response: the guidance works "to the principle of 'never do nothing'".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Introduction",
 * "Determining the Level of Need or Urgency" and "The Children's Advice &amp; Duty Service".
 */
@Value.Immutable
public abstract class ThresholdGuidance {

    /** The id of the {@link ThresholdProfile} that gave the guidance. */
    public abstract String profileId();

    /** The suggested level of need. */
    public abstract LevelOfNeed level();

    /** The suggested response (never absent: "never do nothing"). */
    public abstract Pathway response();

    /** Why the level and response are suggested, in order; never empty. */
    public abstract List<GuidanceStatement> reasons();

    /** What the guidance asks the practitioner to weigh, in order; never empty. */
    public abstract List<GuidanceStatement> considerations();

    /** The statement that this is advice supporting professional judgement, not a decision. */
    public abstract GuidanceStatement professionalJudgement();

    /** A builder; every attribute is required and both lists need at least one entry. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ThresholdGuidance}. */
    public static final class Builder extends ImmutableThresholdGuidance.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("profileId", profileId());
        Checks.notBlank(profileId(), "profileId");
        Checks.require(!reasons().isEmpty(), "reasons", "must hold at least one reason");
        Checks.require(!considerations().isEmpty(), "considerations", "must hold at least one consideration");
        Checks.require(professionalJudgement().code() == GuidanceCode.PROFESSIONAL_JUDGEMENT,
                "professionalJudgement", "must have the code " + GuidanceCode.PROFESSIONAL_JUDGEMENT.code());
    }
}
