package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of {@code care_worker_details}, "the social care workers managing this social care episode":
 * {@code worker_id} ("the Social Work England (SWE) number (formerly HCPC code) for all qualified social
 * workers or an alternative unique ID"; {@code ^[A-Za-z0-9_-]*$}, at most 12 characters), {@code start_date}
 * and {@code end_date}. The OpenAPI gives this block no purge flag. The CIN census names no workers, so the
 * census mapping leaves it empty.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.care_worker_details.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class CareWorkerDetails {

    /** {@code worker_id}. */
    public abstract Optional<String> workerId();

    /** {@code start_date}: when the worker started working with the child. */
    public abstract Optional<LocalDate> startDate();

    /** {@code end_date}: when the worker ceased working with the child. */
    public abstract Optional<LocalDate> endDate();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CareWorkerDetails}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableCareWorkerDetails.Builder {
    }

    @Value.Check
    void check() {
        ApiRules.id(workerId(), "worker_id", 12);
    }

    /** The worker's identifier (not personal data about the child) and whether the allocation has ended. */
    @Override
    public String toString() {
        return "CareWorkerDetails{workerId=" + workerId().orElse("absent") + ", ended=" + endDate().isPresent() + "}";
    }
}
