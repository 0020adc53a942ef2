package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code adoption} of a social care episode: {@code initial_decision_date}, {@code matched_date},
 * {@code placed_date} and {@code purge}, which "will remove all adoption data related to the current social
 * care episode" ({@link #purged()}). The CIN census holds no adoption dates, so the census mapping leaves
 * this block absent.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.adoption} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class Adoption {

    /** {@code initial_decision_date}. */
    public abstract Optional<LocalDate> initialDecisionDate();

    /** {@code matched_date}. */
    public abstract Optional<LocalDate> matchedDate();

    /** {@code placed_date}. */
    public abstract Optional<LocalDate> placedDate();

    /** {@code purge}: whether the episode's adoption data is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Adoption}. */
    public static final class Builder extends ImmutableAdoption.Builder {
    }

    /** {@code {"purge": true}}: removes the episode's adoption data only. */
    public static Adoption purged() {
        return builder().purge(true).build();
    }

    /** Which dates are present, never the dates. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Adoption{");
        Present.of(text, "initialDecisionDate", initialDecisionDate());
        Present.of(text, "matchedDate", matchedDate());
        Present.of(text, "placedDate", placedDate());
        if (purge()) {
            Present.append(text, "purge");
        }
        return text.append('}').toString();
    }
}
