package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of {@code child_in_need_plans}, "child in need plans arranged to support the needs of a Child
 * referred to social services": {@code child_in_need_plan_id} (required), {@code start_date},
 * {@code end_date} and {@code purge}.
 *
 * <p>{@code purge} true "will remove all data related to the specified child in need plan"; {@link #purged(String)}
 * makes the record that does only that.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.child_in_need_plans.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class ChildInNeedPlan {

    /** {@code child_in_need_plan_id} (required): {@code ^[A-Za-z0-9_-]*$}, at most 36 characters. */
    public abstract String childInNeedPlanId();

    /** {@code start_date}: when the plan started. */
    public abstract Optional<LocalDate> startDate();

    /** {@code end_date}: when the plan was completed. */
    public abstract Optional<LocalDate> endDate();

    /** {@code purge}: whether the child in need plan is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildInNeedPlan}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableChildInNeedPlan.Builder {
    }

    /** {@code {"child_in_need_plan_id": id, "purge": true}}: removes the child in need plan only. */
    public static ChildInNeedPlan purged(String id) {
        return builder().childInNeedPlanId(id).purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.id(childInNeedPlanId(), "child_in_need_plan_id", ApiRules.ID_LENGTH);
    }

    /** The identifier and the shape, never a date. */
    @Override
    public String toString() {
        return "ChildInNeedPlan{childInNeedPlanId=" + childInNeedPlanId() + ", ended=" + endDate().isPresent() + (purge() ? ", purge" : "") + "}";
    }
}
