package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code <Source>} of the header: {@code <SourceLevel>} ("L"), {@code <LEA>} (three digits, 1..1 in the
 * schema), {@code <SoftwareCode>}, {@code <Release>}, {@code <SerialNo>} (three or more digits) and
 * {@code <DateTime>} ({@code xs:dateTime}, kept as written). Patterns are for validation, not construction.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code sourcetype}.
 */
@Value.Immutable
@CensusStyle
public abstract class CensusSource {

    /** {@code <SourceLevel>}, "L" for a local authority. */
    public abstract Optional<String> sourceLevel();

    /** {@code <LEA>}: the local authority's three-digit code. */
    public abstract Optional<String> lea();

    /** {@code <SoftwareCode>}. */
    public abstract Optional<String> softwareCode();

    /** {@code <Release>}. */
    public abstract Optional<String> release();

    /** {@code <SerialNo>}. */
    public abstract Optional<String> serialNo();

    /** {@code <DateTime>}, the {@code xs:dateTime} as written (it may or may not carry a time zone). */
    public abstract Optional<String> dateTime();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CensusSource}. */
    public static final class Builder extends ImmutableCensusSource.Builder {
    }

    @Value.Check
    void check() {
        Require.trimmedText(sourceLevel(), "sourceLevel");
        Require.trimmedText(lea(), "lea");
        Require.trimmedText(softwareCode(), "softwareCode");
        Require.trimmedText(release(), "release");
        Require.trimmedText(serialNo(), "serialNo");
        Require.trimmedText(dateTime(), "dateTime");
    }

    @Override
    public String toString() {
        return "CensusSource{lea=" + lea().orElse("absent") + "}";
    }
}
