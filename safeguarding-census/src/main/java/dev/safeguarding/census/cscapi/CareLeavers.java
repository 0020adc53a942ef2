package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code care_leavers} of a social care episode: {@code contact_date}, {@code activity} (at most 2
 * characters), {@code accommodation} (at most 1) and {@code purge}, which "will remove all care leaver data
 * related to the current social care episode" ({@link #purged()}). The codes are the SSDA903 care-leaver
 * lists; note that SSDA903 accommodation codes have two characters ({@code B1}) where the OpenAPI allows one
 * (Data to Insight's pipeline sends the first). The CIN census holds no care-leaver data, so the census
 * mapping leaves this block absent.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.care_leavers} (S4); S3, S5.
 */
@Value.Immutable
@CensusStyle
public abstract class CareLeavers {

    /** {@code contact_date}. */
    public abstract Optional<LocalDate> contactDate();

    /** {@code activity}: the care leaver's activity (SSDA903 code). */
    public abstract Optional<String> activity();

    /** {@code accommodation}: the care leaver's accommodation (SSDA903 code, first character). */
    public abstract Optional<String> accommodation();

    /** {@code purge}: whether the episode's care-leaver data is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CareLeavers}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableCareLeavers.Builder {
    }

    /** {@code {"purge": true}}: removes the episode's care-leaver data only. */
    public static CareLeavers purged() {
        return builder().purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.maxLength(activity(), "activity", 2);
        ApiRules.maxLength(accommodation(), "accommodation", 1);
    }

    /** Which items are present, never their values. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CareLeavers{");
        Present.of(text, "contactDate", contactDate());
        Present.of(text, "activity", activity());
        Present.of(text, "accommodation", accommodation());
        if (purge()) {
            Present.append(text, "purge");
        }
        return text.append('}').toString();
    }
}
