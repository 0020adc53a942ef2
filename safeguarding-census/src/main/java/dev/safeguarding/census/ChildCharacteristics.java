package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code <ChildCharacteristics>}: {@code <Ethnicity>} (N00177, 1..1) and {@code <Disabilities>} (0..1)
 * with its {@code <Disability>} codes (N00099, 1..*). Duplicates are kept as sent (rule 8794 reports them).
 *
 * <p>Special category data: {@link #toString()} shows only how many disability codes there are.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code childcharacteristicstype}.
 */
@Value.Immutable
@CensusStyle
public abstract class ChildCharacteristics {

    /** {@code <Ethnicity>}. */
    public abstract Optional<Ethnicity> ethnicity();

    /** {@code <Disability>} codes within {@code <Disabilities>}, in file order; empty when there is no {@code <Disabilities>}. */
    public abstract List<Disability> disabilities();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildCharacteristics}. */
    public static final class Builder extends ImmutableChildCharacteristics.Builder {
    }

    @Override
    public String toString() {
        return "ChildCharacteristics{ethnicity=" + (ethnicity().isPresent() ? "present" : "absent")
                + ", disabilities=" + disabilities().size() + "}";
    }
}
