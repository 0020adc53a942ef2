package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code <CollectionDetails>}: {@code <Collection>} ("CIN"), {@code <Year>} ({@code xs:gYear}) and
 * {@code <ReferenceDate>} (N00603), all 0..1 in the schema.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code collectiondetailstype}; the census period ends on
 * the reference date (S1 {@code make_census_period}).
 */
@Value.Immutable
@CensusStyle
public abstract class CollectionDetails {

    /** The collection's name, {@code <Collection>}; "CIN" in a census return. */
    public abstract Optional<String> collection();

    /** {@code <Year>}. */
    public abstract Optional<Year> year();

    /** {@code <ReferenceDate>} (N00603): the last day of the census period, 31 March. */
    public abstract Optional<LocalDate> referenceDate();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CollectionDetails}. */
    public static final class Builder extends ImmutableCollectionDetails.Builder {
    }

    /**
     * The details of {@code year}'s collection: "CIN", the start year of the census period as
     * {@code <Year>} (as in the validator's 2026 sample file, where {@code <Year>2023</Year>} goes with
     * {@code <ReferenceDate>2024-03-31</ReferenceDate>}; the library's reading) and the reference date.
     */
    public static CollectionDetails of(CollectionYear year) {
        return builder().collection("CIN").year(Year.of(year.startYear())).referenceDate(year.referenceDate())
                .build();
    }

    /** The collection year whose reference date this is, if the library knows it. */
    public Optional<CollectionYear> collectionYear() {
        return referenceDate().flatMap(CollectionYear::forReferenceDate);
    }

    @Value.Check
    void check() {
        Require.trimmedText(collection(), "collection");
    }

    @Override
    public String toString() {
        return "CollectionDetails{collection=" + collection().orElse("absent") + ", year="
                + year().map(Year::toString).orElse("absent") + ", referenceDate="
                + referenceDate().map(LocalDate::toString).orElse("absent") + "}";
    }
}
