package dev.safeguarding.model.people;

import dev.safeguarding.model.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child, or an unborn child, at the centre of the guidance: "the child's needs are paramount".
 * Unborn babies are children whose voices must be thought about too ("Think about unborn babies").
 *
 * <p>A child has an identifier of the vendor's choosing, and exactly one of a date of birth or, for an
 * unborn child, an expected date of delivery; a name is optional. The name and the dates are personal
 * data: {@link #toString()} shows only the identifier and whether the child is unborn.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Working Together
 * to Safeguard Children" and "Conversation Opportunities".
 */
@Value.Immutable
@BornOrUnborn
public abstract class Child {

    /** The identifier the vendor's system uses for the child (never a name); not blank. */
    public abstract String id();

    /** The date of birth; empty for an unborn child. */
    public abstract Optional<LocalDate> dateOfBirth();

    /** The expected date of delivery of an unborn child; empty once the child is born. */
    public abstract Optional<LocalDate> expectedDateOfDelivery();

    /** The child's name, where the record holds one. */
    public abstract Optional<String> name();

    /** A child born on {@code dateOfBirth}. */
    public static Child born(String id, LocalDate dateOfBirth) {
        return builder().id(id).dateOfBirth(dateOfBirth).build();
    }

    /** An unborn child expected on {@code expectedDateOfDelivery}. */
    public static Child unborn(String id, LocalDate expectedDateOfDelivery) {
        return builder().id(id).expectedDateOfDelivery(expectedDateOfDelivery).build();
    }

    /** A builder, for a child with a name. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Child}; {@code build()} checks that exactly one of the two dates is set. */
    public static final class Builder extends ImmutableChild.Builder {
    }

    /** Whether the child is unborn (has an expected date of delivery and no date of birth). */
    public boolean isUnborn() {
        return dateOfBirth().isEmpty();
    }

    /**
     * The child's age on {@code date}, in years, months and days as {@link Period#between} counts it.
     *
     * <p>A child born on 29 February reaches each new year of age on 1 March in a year that is not a
     * leap year (on 28 February the period is still 11 months and some days). The guidance is silent on
     * this; it is the rule {@code java.time} applies, and the one commonly applied in England.
     *
     * @throws IllegalStateException if the child is unborn
     * @throws DateTimeException     if {@code date} is before the date of birth
     */
    public Period ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate born = dateOfBirth().orElseThrow(
                () -> new IllegalStateException("the child is unborn: no date of birth to count age from"));
        if (date.isBefore(born)) {
            throw new DateTimeException("date: must not be before the child's date of birth");
        }
        return Period.between(born, date);
    }

    /** The child's age on {@code date} in whole years, as {@link #ageOn(LocalDate)}. */
    public int ageInYearsOn(LocalDate date) {
        return ageOn(date).getYears();
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "name", name());
        Checks.notBlank(id(), "id");
        Checks.require(dateOfBirth().isPresent() != expectedDateOfDelivery().isPresent(),
                "dateOfBirth", "exactly one of dateOfBirth and expectedDateOfDelivery must be given");
        name().ifPresent(n -> Checks.notBlank(n, "name"));
    }

    /** The identifier and whether the child is unborn; never the name or a date. */
    @Override
    public String toString() {
        return "Child{id=" + id() + (isUnborn() ? ", unborn" : "") + "}";
    }
}
