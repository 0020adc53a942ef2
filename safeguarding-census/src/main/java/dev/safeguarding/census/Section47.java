package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Section 47 enquiry of an episode, {@code <Section47>}: {@code <S47ActualStartDate>} (N00148, 1..1),
 * {@code <InitialCPCtarget>} (N00109, supplied by the local authority, not computed), the
 * {@code <DateOfInitialCPC>} (N00110) and {@code <ICPCnotRequired>} (N00111, yes/no, 1..1).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code section47type}; S1 §2 ("No rule computes
 * {@code InitialCPCtarget} from the S47 start").
 */
@Value.Immutable
@CensusStyle
public abstract class Section47 {

    /** {@code <S47ActualStartDate>} (N00148). */
    public abstract Optional<LocalDate> actualStartDate();

    /** {@code <InitialCPCtarget>} (N00109). */
    public abstract Optional<LocalDate> initialCpcTarget();

    /** {@code <DateOfInitialCPC>} (N00110). */
    public abstract Optional<LocalDate> dateOfInitialCpc();

    /** {@code <ICPCnotRequired>} (N00111): whether no initial child protection conference is required. */
    public abstract Optional<Boolean> icpcNotRequired();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Section47}. */
    public static final class Builder extends ImmutableSection47.Builder {
    }

    @Override
    public String toString() {
        return "Section47{conferenceHeld=" + dateOfInitialCpc().isPresent() + "}";
    }
}
