package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * {@code child_details}, "Section containing personal details on the child": {@code unique_pupil_number}
 * and {@code former_unique_pupil_number} (exactly 13 characters), {@code unique_pupil_number_unknown_reason}
 * (at most 4), {@code first_name}, {@code surname}, {@code date_of_birth}, {@code expected_date_of_birth},
 * {@code sex} (at most 1), {@code ethnicity} (at most 4), {@code disabilities} (at most 12 codes of at most 4
 * characters, each once), {@code postcode} (at most 8), {@code uasc_flag}, {@code uasc_end_date} and
 * {@code purge}.
 *
 * <p>{@code purge} true "will remove all personal details only for the child, however all related social
 * care data will remain": {@link #purged()}.
 *
 * <p>Personal data: {@link #toString()} shows which items are present, never a name, a date, a UPN or a
 * postcode; nor does any exception.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code child_details} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class ChildDetails {

    /** {@code unique_pupil_number}: the child's UPN, exactly 13 characters. Personal data. */
    public abstract Optional<String> uniquePupilNumber();

    /** {@code former_unique_pupil_number}: a former UPN, exactly 13 characters. Personal data. */
    public abstract Optional<String> formerUniquePupilNumber();

    /** {@code unique_pupil_number_unknown_reason}: why there is no UPN (the census {@code UN1}..{@code UN7}). */
    public abstract Optional<String> uniquePupilNumberUnknownReason();

    /** {@code first_name}. Personal data. */
    public abstract Optional<String> firstName();

    /** {@code surname}. Personal data. */
    public abstract Optional<String> surname();

    /** {@code date_of_birth}. Personal data. */
    public abstract Optional<LocalDate> dateOfBirth();

    /** {@code expected_date_of_birth}, for a child unborn at the time of referral. Personal data. */
    public abstract Optional<LocalDate> expectedDateOfBirth();

    /** {@code sex}: "Sex of the child as recognised in law" (the census {@code M}, {@code F}, {@code U}). */
    public abstract Optional<String> sex();

    /** {@code ethnicity}: the census ethnicity code ({@code WBRI}, ...). */
    public abstract Optional<String> ethnicity();

    /** {@code disabilities}: the census disability codes, each once, in order. */
    public abstract Set<String> disabilities();

    /** {@code postcode}: the child's home postcode. Personal data. */
    public abstract Optional<String> postcode();

    /** {@code uasc_flag}: whether the child is an unaccompanied asylum-seeking child. */
    public abstract Optional<Boolean> uascFlag();

    /** {@code uasc_end_date}: when the child ceased to be an unaccompanied asylum-seeking child. */
    public abstract Optional<LocalDate> uascEndDate();

    /** {@code purge}: whether the child's personal details are to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildDetails}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableChildDetails.Builder {
    }

    /** {@code {"purge": true}}: removes the child's personal details only. */
    public static ChildDetails purged() {
        return builder().purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.length(uniquePupilNumber(), "unique_pupil_number", 13);
        ApiRules.length(formerUniquePupilNumber(), "former_unique_pupil_number", 13);
        ApiRules.maxLength(uniquePupilNumberUnknownReason(), "unique_pupil_number_unknown_reason", 4);
        ApiRules.maxLength(sex(), "sex", 1);
        ApiRules.maxLength(ethnicity(), "ethnicity", 4);
        ApiRules.items(disabilities(), "disabilities", 12, 4);
        ApiRules.maxLength(postcode(), "postcode", 8);
    }

    /** Which items are present, never their values. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ChildDetails{");
        Present.of(text, "uniquePupilNumber", uniquePupilNumber());
        Present.of(text, "formerUniquePupilNumber", formerUniquePupilNumber());
        Present.of(text, "uniquePupilNumberUnknownReason", uniquePupilNumberUnknownReason());
        Present.of(text, "firstName", firstName());
        Present.of(text, "surname", surname());
        Present.of(text, "dateOfBirth", dateOfBirth());
        Present.of(text, "expectedDateOfBirth", expectedDateOfBirth());
        Present.of(text, "sex", sex());
        Present.of(text, "ethnicity", ethnicity());
        Present.of(text, "postcode", postcode());
        Present.of(text, "uascFlag", uascFlag());
        Present.of(text, "uascEndDate", uascEndDate());
        Present.append(text, "disabilities=" + disabilities().size());
        if (purge()) {
            Present.append(text, "purge");
        }
        return text.append('}').toString();
    }
}
