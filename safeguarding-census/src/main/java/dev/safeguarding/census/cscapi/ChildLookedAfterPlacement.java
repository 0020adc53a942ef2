package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of {@code child_looked_after_placements}, "the individual building blocks, often referred to as
 * 'episodes', making up a continous 'period of care' ... in line with the current SSDA903 collection":
 * {@code child_looked_after_placement_id} (required), {@code start_date}, {@code start_reason} (at most 1
 * character), {@code placement_type} (at most 3), {@code postcode} (at most 8), {@code end_date},
 * {@code end_reason} (at most 3), {@code change_reason} (at most 6) and {@code purge}. The codes are the
 * SSDA903 lists, which the library does not hold; the CIN census has no placements, so the census mapping
 * leaves these empty.
 *
 * <p>Personal data: the placement's postcode never appears in {@link #toString()} or an exception.
 *
 * <p>{@code purge} true "will remove all data related to the specified child looked after placement"; {@link #purged(String)}
 * makes the record that does only that.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.child_looked_after_placements.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class ChildLookedAfterPlacement {

    /** {@code child_looked_after_placement_id} (required): {@code ^[A-Za-z0-9_-]*$}, at most 36 characters. */
    public abstract String childLookedAfterPlacementId();

    /** {@code start_date}: when the placement started. */
    public abstract Optional<LocalDate> startDate();

    /** {@code start_reason}: why the placement started (SSDA903 code). */
    public abstract Optional<String> startReason();

    /** {@code placement_type}: the type of placement (SSDA903 code). */
    public abstract Optional<String> placementType();

    /** {@code postcode}: the postcode of the placement. Personal data. */
    public abstract Optional<String> postcode();

    /** {@code end_date}: when the placement was completed. */
    public abstract Optional<LocalDate> endDate();

    /** {@code end_reason}: why the placement was completed (SSDA903 code). */
    public abstract Optional<String> endReason();

    /** {@code change_reason}: why the placement changed from the previous one (SSDA903 code). */
    public abstract Optional<String> changeReason();

    /** {@code purge}: whether the child looked after placement is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildLookedAfterPlacement}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableChildLookedAfterPlacement.Builder {
    }

    /** {@code {"child_looked_after_placement_id": id, "purge": true}}: removes the child looked after placement only. */
    public static ChildLookedAfterPlacement purged(String id) {
        return builder().childLookedAfterPlacementId(id).purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.id(childLookedAfterPlacementId(), "child_looked_after_placement_id", ApiRules.ID_LENGTH);
        ApiRules.maxLength(startReason(), "start_reason", 1);
        ApiRules.maxLength(placementType(), "placement_type", 3);
        ApiRules.maxLength(postcode(), "postcode", 8);
        ApiRules.maxLength(endReason(), "end_reason", 3);
        ApiRules.maxLength(changeReason(), "change_reason", 6);
    }

    /** The identifier and the shape, never a date. */
    @Override
    public String toString() {
        return "ChildLookedAfterPlacement{childLookedAfterPlacementId=" + childLookedAfterPlacementId() + ", ended=" + endDate().isPresent() + (purge() ? ", purge" : "") + "}";
    }
}
