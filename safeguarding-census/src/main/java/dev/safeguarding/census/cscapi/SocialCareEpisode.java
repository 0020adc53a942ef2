package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of {@code social_care_episodes}: "often referred to as 'referrals' and/or 'child in need
 * episodes' ... Each episode ends when the local authority ceases to provide any further support to the
 * child ... Social Care Episodes include details covering both Children in Need (CiN) and Children Looked
 * After (CLA)." {@code social_care_episode_id} (required; {@code ^[A-Za-z0-9_-]*$}, at most 36 characters),
 * {@code referral_date}, {@code referral_source} (at most 2 characters), {@code
 * referral_no_further_action_flag}, {@code closure_date}, {@code closure_reason} (at most 3), the lists
 * {@code care_worker_details}, {@code child_and_family_assessments}, {@code child_in_need_plans},
 * {@code section_47_assessments}, {@code child_protection_plans}, {@code child_looked_after_placements}, the
 * blocks {@code adoption} and {@code care_leavers}, and {@code purge}.
 *
 * <p>{@code purge} true "will remove all data related to the specified social care episode, including all
 * associated assessments and plans": {@link #purged(String)}.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class SocialCareEpisode {

    /** {@code social_care_episode_id} (required). */
    public abstract String socialCareEpisodeId();

    /** {@code referral_date}: when the child was referred to children's social services. */
    public abstract Optional<LocalDate> referralDate();

    /** {@code referral_source}: the census referral source code ({@code 1A}, ..., {@code 10}). */
    public abstract Optional<String> referralSource();

    /** {@code referral_no_further_action_flag}: the census {@code ReferralNFA}. */
    public abstract Optional<Boolean> referralNoFurtherActionFlag();

    /** {@code closure_date}: when the episode of care ended. */
    public abstract Optional<LocalDate> closureDate();

    /** {@code closure_reason}: the census reason for closure code ({@code RC1}, ..., {@code RC9}). */
    public abstract Optional<String> closureReason();

    /** {@code care_worker_details}. */
    public abstract List<CareWorkerDetails> careWorkerDetails();

    /** {@code child_and_family_assessments}. */
    public abstract List<ChildAndFamilyAssessment> childAndFamilyAssessments();

    /** {@code child_in_need_plans}. */
    public abstract List<ChildInNeedPlan> childInNeedPlans();

    /** {@code section_47_assessments}. */
    public abstract List<Section47Assessment> section47Assessments();

    /** {@code child_protection_plans}. */
    public abstract List<ChildProtectionPlan> childProtectionPlans();

    /** {@code child_looked_after_placements}. */
    public abstract List<ChildLookedAfterPlacement> childLookedAfterPlacements();

    /** {@code adoption}. */
    public abstract Optional<Adoption> adoption();

    /** {@code care_leavers}. */
    public abstract Optional<CareLeavers> careLeavers();

    /** {@code purge}: whether the episode and everything in it is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SocialCareEpisode}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableSocialCareEpisode.Builder {
    }

    /** {@code {"social_care_episode_id": id, "purge": true}}: removes the episode and everything in it. */
    public static SocialCareEpisode purged(String id) {
        return builder().socialCareEpisodeId(id).purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.id(socialCareEpisodeId(), "social_care_episode_id", ApiRules.ID_LENGTH);
        ApiRules.maxLength(referralSource(), "referral_source", 2);
        ApiRules.maxLength(closureReason(), "closure_reason", 3);
    }

    /** The identifier and the shape, never a date. */
    @Override
    public String toString() {
        return "SocialCareEpisode{socialCareEpisodeId=" + socialCareEpisodeId() + ", open=" + closureDate().isEmpty()
                + ", careWorkerDetails=" + careWorkerDetails().size() + ", childAndFamilyAssessments="
                + childAndFamilyAssessments().size() + ", childInNeedPlans=" + childInNeedPlans().size()
                + ", section47Assessments=" + section47Assessments().size() + ", childProtectionPlans="
                + childProtectionPlans().size() + ", childLookedAfterPlacements=" + childLookedAfterPlacements().size()
                + (adoption().isPresent() ? ", adoption" : "") + (careLeavers().isPresent() ? ", careLeavers" : "")
                + (purge() ? ", purge" : "") + "}";
    }
}
