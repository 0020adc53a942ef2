package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One child of a census return, {@code <Child>}: {@code <ChildIdentifiers>} (1..1),
 * {@code <ChildCharacteristics>} (1..1) and {@code <CINdetails>} (1..*, one per episode of need).
 * The two 1..1 blocks are optional here so that a return missing one can still be read and reported on.
 *
 * <p>{@link #toString()} shows the child's {@code LAchildID} (an identifier, not personal data) and the
 * number of episodes, never dates of birth, UPNs or any other item.
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code childtype}.
 */
@Value.Immutable
@CensusStyle
public abstract class CensusChild {

    /** {@code <ChildIdentifiers>}. */
    public abstract Optional<ChildIdentifiers> identifiers();

    /** {@code <ChildCharacteristics>}. */
    public abstract Optional<ChildCharacteristics> characteristics();

    /** {@code <CINdetails>}: the child's episodes of need, in file order. */
    public abstract List<CinDetails> cinDetails();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CensusChild}. */
    public static final class Builder extends ImmutableCensusChild.Builder {
    }

    /** The child's {@code <LAchildID>}, if the identifiers carry one. */
    public Optional<String> laChildId() {
        return identifiers().flatMap(ChildIdentifiers::laChildId);
    }

    /** The {@code LAchildID} and the number of episodes. */
    @Override
    public String toString() {
        return "CensusChild{laChildId=" + laChildId().orElse("absent") + ", cinDetails=" + cinDetails().size() + "}";
    }
}
