package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole census return, {@code <Message>}: its {@code <Header>} (0..1) and its {@code <Children>}
 * ({@code <Child>} 1..*). A national-size return is better read one child at a time (see
 * {@code dev.safeguarding.census.xml.CensusReader}); a message holds every child in memory.
 *
 * <p>Drafts are allowed: whether the return is complete and consistent is for validation, which returns
 * findings; construction rejects only values that make no sense.
 *
 * <p>Source: DfE, <i>Children in need census 2025 to 2026: business and technical specification</i>;
 * structure and cardinalities from S2 {@code cin_census/cin-2022.xsd}, {@code messagetype}.
 */
@Value.Immutable
@CensusStyle
public abstract class CensusMessage {

    /** The header, {@code <Header>} (0..1). */
    public abstract Optional<CensusHeader> header();

    /** The children, {@code <Child>} within {@code <Children>}, in file order. */
    public abstract List<CensusChild> children();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CensusMessage}. */
    public static final class Builder extends ImmutableCensusMessage.Builder {
    }

    /** A message of {@code header} and {@code children}. */
    public static CensusMessage of(CensusHeader header, List<CensusChild> children) {
        return builder().header(header).children(children).build();
    }

    /** Whether it has a header, and the number of children (never their data). */
    @Override
    public String toString() {
        return "CensusMessage{header=" + (header().isPresent() ? "present" : "absent") + ", children="
                + children().size() + "}";
    }
}
