package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One child of the DfE CSC API request body (an item of the OpenAPI's {@code CSC} array):
 * {@code la_child_id} (required; {@code ^[A-Za-z0-9]+$}, at most 20 characters, "used as the core
 * identifier for a child"), {@code mis_child_id} (the supplier's identifier, not required;
 * {@code ^[A-Za-z0-9_-]*$}, at most 36), {@code purge}, {@code child_details}, {@code health_and_wellbeing}
 * and {@code social_care_episodes}.
 *
 * <p>{@code purge} true "will completely remove all data for the child": {@link #purgeRecord(String,
 * Optional)} makes the record Data to Insight's client sends for a deletion, {@code {"la_child_id",
 * "mis_child_id", "purge": true}}. The OpenAPI does not forbid other blocks beside a purge flag, so
 * neither does this type.
 *
 * <p>{@link #toString()} shows the identifiers and the shape, never the child's details.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1 ({@code components.schemas.CSC.items}) (S4); S5
 * {@code api_pipeline} (the purge record).
 */
@Value.Immutable
@CensusStyle
public abstract class CscApiChild {

    /** {@code la_child_id}: the local authority's identifier of the child (the census {@code LAchildID}). */
    public abstract String laChildId();

    /** {@code mis_child_id}: the supplier's identifier of the child. */
    public abstract Optional<String> misChildId();

    /** {@code purge}: whether all data for the child is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** {@code child_details}: the child's personal details. */
    public abstract Optional<ChildDetails> childDetails();

    /** {@code health_and_wellbeing}: the child's SDQ assessments. */
    public abstract Optional<HealthAndWellbeing> healthAndWellbeing();

    /** {@code social_care_episodes}: the child's referrals, or episodes of need. */
    public abstract List<SocialCareEpisode> socialCareEpisodes();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CscApiChild}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableCscApiChild.Builder {
    }

    /**
     * The record that removes all data for the child: {@code {"la_child_id": ..., "mis_child_id": ...,
     * "purge": true}}, as Data to Insight's client sends a deletion (S5).
     */
    public static CscApiChild purgeRecord(String laChildId, Optional<String> misChildId) {
        return builder().laChildId(laChildId).misChildId(misChildId).purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.laChildId(laChildId());
        ApiRules.id(misChildId(), "mis_child_id", ApiRules.ID_LENGTH);
    }

    /** The identifiers, the purge flag and which blocks are present; never the child's details. */
    @Override
    public String toString() {
        return "CscApiChild{laChildId=" + laChildId() + misChildId().map(id -> ", misChildId=" + id).orElse("")
                + (purge() ? ", purge" : "") + ", childDetails=" + (childDetails().isPresent() ? "present" : "absent")
                + ", healthAndWellbeing=" + (healthAndWellbeing().isPresent() ? "present" : "absent")
                + ", socialCareEpisodes=" + socialCareEpisodes().size() + "}";
    }
}
