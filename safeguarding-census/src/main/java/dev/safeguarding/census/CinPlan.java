package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child in need plan of an episode, {@code <CINPlanDates>}: {@code <CINPlanStartDate>} (1..1) and
 * {@code <CINPlanEndDate>} (0..1; open while absent). First in the S2 2022 schema.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code cinplandatesttype}.
 */
@Value.Immutable
@CensusStyle
public abstract class CinPlan {

    /** {@code <CINPlanStartDate>}. */
    public abstract Optional<LocalDate> startDate();

    /** {@code <CINPlanEndDate>}. */
    public abstract Optional<LocalDate> endDate();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CinPlan}. */
    public static final class Builder extends ImmutableCinPlan.Builder {
    }

    /** A plan from {@code start} to {@code end} (absent while open). */
    public static CinPlan of(LocalDate start, Optional<LocalDate> end) {
        return builder().startDate(start).endDate(end).build();
    }

    @Override
    public String toString() {
        return "CinPlan{open=" + endDate().isEmpty() + "}";
    }
}
