package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.LevelOfNeed;
import dev.safeguarding.model.need.NeedIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an assessment found on one dimension of the Assessment Triangle: what is working well, what the
 * worries are, how well the child's needs are met, and the indicators of need recorded against it.
 *
 * <p>How well the child's needs are met is recorded as a {@linkplain LevelOfNeed level of need} on the
 * continuum, the scale of the Descriptors of Need tool, "designed against the assessment triangle to help
 * you articulate how well you think a child's basic needs are being met". The guidance gives no other
 * scale for a dimension. Every part is optional, so that a draft can be saved at any stage; a finding
 * with none of them {@linkplain #isAssessed() is not yet an assessment} of its dimension.
 *
 * <p>For a dimension of parenting capacity, a finding is about one parent or carer and sits in their
 * {@link ParentingCapacity}.
 *
 * <p>Bean Validation: no constraint of its own. It is part of an {@link Assessment}, whose constraints
 * (group {@code Complete}) look into it: a rule belongs to the record it is checked on.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle", "Determining the Level of Need or Urgency" and "Using the Signs of Safety Framework" ("What's
 * working well?", "What are we worried about?").
 */
@Value.Immutable
public abstract class DimensionFinding {

    /** The dimension the finding is about. */
    public abstract AssessmentDimension dimension();

    /** What is working well, in the order recorded. */
    public abstract List<AssessmentStatement> workingWell();

    /** What the worries are, in the order recorded. */
    public abstract List<AssessmentStatement> worries();

    /** How well the child's needs are met on this dimension, as a level of need; empty until judged. */
    public abstract Optional<LevelOfNeed> level();

    /**
     * The indicators of need recorded against the dimension (from a {@link DescriptorCatalogue} or in the
     * practitioner's words); each must be {@linkplain NeedIndicator#dimension() on this dimension}.
     */
    public abstract List<NeedIndicator> indicators();

    /** A finding with nothing recorded yet, to build on. */
    public static Builder builder(AssessmentDimension dimension) {
        Builder builder = new Builder();
        builder.dimension(dimension);
        return builder;
    }

    /** A builder; the dimension is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DimensionFinding}. */
    public static final class Builder extends ImmutableDimensionFinding.Builder {
    }

    /** Whether anything is recorded: a statement, a level or an indicator. */
    public boolean isAssessed() {
        return !workingWell().isEmpty() || !worries().isEmpty() || level().isPresent() || !indicators().isEmpty();
    }

    /** What is working well, then the worries. */
    public List<AssessmentStatement> statements() {
        List<AssessmentStatement> statements = new ArrayList<>(workingWell());
        statements.addAll(worries());
        return List.copyOf(statements);
    }

    @Value.Check
    void checkInvariants() {
        for (NeedIndicator indicator : indicators()) {
            Checks.require(indicator.dimension().equals(Optional.of(dimension())), "indicators",
                    "must each be on the dimension of the finding");
        }
    }

    /** The dimension and the shape of what is recorded; never the statements' text. */
    @Override
    public String toString() {
        return "DimensionFinding{" + dimension() + ", workingWell=" + workingWell().size() + ", worries="
                + worries().size() + level().map(l -> ", level=" + l).orElse("") + ", indicators="
                + indicators().size() + "}";
    }
}
