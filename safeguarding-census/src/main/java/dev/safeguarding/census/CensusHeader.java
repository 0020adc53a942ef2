package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The header of a census return, {@code <Header>}: {@code <CollectionDetails>} (0..1) and
 * {@code <Source>} (0..*).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code headertype}; the validator's rule 100
 * ("Reference Date is incorrect") reads the reference date from it (S1).
 */
@Value.Immutable
@CensusStyle
public abstract class CensusHeader {

    /** {@code <CollectionDetails>}: the collection, its year and its reference date. */
    public abstract Optional<CollectionDetails> collectionDetails();

    /** {@code <Source>}: who sent the return, with which software. */
    public abstract List<CensusSource> sources();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CensusHeader}. */
    public static final class Builder extends ImmutableCensusHeader.Builder {
    }

    /** A header with {@code details} and {@code source}. */
    public static CensusHeader of(CollectionDetails details, CensusSource source) {
        return builder().collectionDetails(details).addSource(source).build();
    }

    /** The collection year named by the reference date, if there is one and the library knows the year. */
    public Optional<CollectionYear> collectionYear() {
        return collectionDetails().flatMap(CollectionDetails::collectionYear);
    }

    @Override
    public String toString() {
        return "CensusHeader{collectionYear=" + collectionYear().map(CollectionYear::label).orElse("unknown")
                + ", sources=" + sources().size() + "}";
    }
}
