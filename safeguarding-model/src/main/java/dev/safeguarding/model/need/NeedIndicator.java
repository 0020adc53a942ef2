package dev.safeguarding.model.need;

import dev.safeguarding.model.assessment.AssessmentDomain;
import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.internal.SafeguardingStyle;
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
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Determining the
 * Level of Need or Urgency" and "The Assessment Triangle".
 */
@Value.Immutable
@SafeguardingStyle
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

    /** An indicator with no wording. */
    public static NeedIndicator of(AssessmentDomain domain, LevelOfNeed level) {
        return ImmutableNeedIndicator.of(domain, level, Optional.empty());
    }

    /** An indicator with its wording. */
    public static NeedIndicator of(AssessmentDomain domain, LevelOfNeed level, String description) {
        return ImmutableNeedIndicator.of(domain, level, Optional.of(description));
    }

    @Value.Check
    void check() {
        description().ifPresent(d -> Checks.notBlank(d, "description"));
    }

    /** The domain and level; never the description. */
    @Override
    public String toString() {
        return "NeedIndicator{" + domain() + ", " + level() + (description().isPresent() ? ", described" : "")
                + "}";
    }
}
