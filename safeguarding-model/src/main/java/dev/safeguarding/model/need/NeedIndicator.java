package dev.safeguarding.model.need;

import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import dev.safeguarding.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concern about a child as an indicator of need: where it sits on the assessment triangle and the
 * level of need it points to. The guidance's Descriptors of Need tool "has been designed against the
 * assessment triangle to help you articulate how well you think a child's basic needs are being met";
 * an indicator is one line of such a descriptor.
 *
 * <p>The optional description is the indicator's wording (from a descriptors catalogue, or the
 * practitioner's own words). It may be free text about a family, so {@link #toString()} never shows it.
 * The optional dimension places the indicator on one of the triangle's twenty dimensions (an indicator
 * from a {@link dev.safeguarding.model.assessment.DescriptorCatalogue} always has one); the domain is
 * then the dimension's.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency" and "The Assessment Triangle".
 */
@Value.Immutable
public abstract class NeedIndicator {

    /** The domain of the assessment triangle the indicator sits in. */
    @Value.Parameter
    public abstract AssessmentDomain domain();

    /** The level of need the indicator points to. */
    @Value.Parameter
    public abstract LevelOfNeed level();

    /** The indicator's wording, if recorded; possibly free text, so never shown by {@link #toString()}. */
    @Value.Parameter
    public abstract Optional<String> description();

    /** The dimension of the triangle the indicator is on, where known; it is a dimension of {@link #domain()}. */
    @Value.Parameter
    public abstract Optional<AssessmentDimension> dimension();

    /** An indicator with no wording. */
    public static NeedIndicator of(AssessmentDomain domain, LevelOfNeed level) {
        return ImmutableNeedIndicator.of(domain, level, Optional.empty(), Optional.empty());
    }

    /** An indicator with its wording. */
    public static NeedIndicator of(AssessmentDomain domain, LevelOfNeed level, String description) {
        return ImmutableNeedIndicator.of(domain, level, Optional.of(description), Optional.empty());
    }

    /** An indicator on {@code dimension} (in the dimension's domain), with no wording. */
    public static NeedIndicator of(AssessmentDimension dimension, LevelOfNeed level) {
        return ImmutableNeedIndicator.of(dimension.domain(), level, Optional.empty(), Optional.of(dimension));
    }

    /** An indicator on {@code dimension} (in the dimension's domain), with its wording. */
    public static NeedIndicator of(AssessmentDimension dimension, LevelOfNeed level, String description) {
        return ImmutableNeedIndicator.of(dimension.domain(), level, Optional.of(description), Optional.of(dimension));
    }

    /** A builder, for an indicator with every attribute given separately; domain and level are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link NeedIndicator}; {@code build()} checks that the dimension is in the domain. */
    public static final class Builder extends ImmutableNeedIndicator.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("description", description());
        description().ifPresent(d -> Checks.notBlank(d, "description"));
        dimension().ifPresent(d -> Checks.require(d.domain() == domain(), "dimension",
                "must be a dimension of the indicator's domain"));
    }

    /** The domain (and dimension, if any) and level; never the description. */
    @Override
    public String toString() {
        return "NeedIndicator{" + domain() + dimension().map(d -> "/" + d).orElse("") + ", " + level()
                + (description().isPresent() ? ", described" : "") + "}";
    }
}
