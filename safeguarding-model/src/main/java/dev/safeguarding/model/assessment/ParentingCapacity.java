package dev.safeguarding.model.assessment;

import dev.safeguarding.model.internal.Checks;
import dev.safeguarding.model.need.AssessmentDimension;
import dev.safeguarding.model.need.AssessmentDomain;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parenting capacity of one parent or carer, assessed on the six dimensions of
 * {@link AssessmentDomain#PARENTING_CAPACITY}. "Assessing parenting capacity should include the capacity
 * of all parents of the child", including those who do not live with the child: "Parents who do not live
 * with their children will impact on the child's lived experience and should always be considered."
 *
 * <p>The parent or carer is a {@link dev.safeguarding.model.people.FamilyMember} of the assessment,
 * referred to by identifier.
 *
 * <p>Bean Validation: no constraint of its own. It is part of an {@link Assessment}, whose constraints
 * (group {@code Complete}) look into it: a rule belongs to the record it is checked on.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle", "What do we mean by Continuum of Needs?" and "Whole Family Working".
 */
@Value.Immutable
public abstract class ParentingCapacity {

    /** The identifier of the parent or carer, a family member of the assessment. */
    @Value.Parameter
    public abstract String parentOrCarerId();

    /** The findings on the dimensions of parenting capacity, at most one per dimension. */
    @Value.Parameter
    public abstract List<DimensionFinding> dimensions();

    /** The parenting capacity of {@code parentOrCarerId}, as found so far. */
    public static ParentingCapacity of(String parentOrCarerId, List<DimensionFinding> dimensions) {
        return ImmutableParentingCapacity.of(parentOrCarerId, dimensions);
    }

    /** The finding on {@code dimension}, if recorded. */
    public Optional<DimensionFinding> finding(AssessmentDimension dimension) {
        return dimensions().stream().filter(f -> f.dimension() == dimension).findFirst();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("parentOrCarerId", parentOrCarerId());
        Checks.notBlank(parentOrCarerId(), "parentOrCarerId");
        Set<AssessmentDimension> seen = EnumSet.noneOf(AssessmentDimension.class);
        for (DimensionFinding finding : dimensions()) {
            Checks.require(finding.dimension().isParentingCapacity(), "dimensions",
                    "must be dimensions of parenting capacity");
            Checks.require(seen.add(finding.dimension()), "dimensions", "must hold each dimension at most once");
        }
    }

    /** The parent's identifier and the findings' shape. */
    @Override
    public String toString() {
        return "ParentingCapacity{parentOrCarerId=" + parentOrCarerId() + ", dimensions=" + dimensions() + "}";
    }
}
