package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An item of {@code child_and_family_assessments}, "child and family assessments carried out to assess the
 * needs of a Child referred to social services": {@code child_and_family_assessment_id} (required),
 * {@code start_date}, {@code authorisation_date} ("the assessment was completed and authorised"),
 * {@code factors} ("all factors identified at the end of an assessment": at most 41 codes of at most 3
 * characters, each once) and {@code purge}.
 *
 * <p>{@code purge} true "will remove all data related to the specified child and family assessment"; {@link #purged(String)}
 * makes the record that does only that.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.child_and_family_assessments.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class ChildAndFamilyAssessment {

    /** {@code child_and_family_assessment_id} (required): {@code ^[A-Za-z0-9_-]*$}, at most 36 characters. */
    public abstract String childAndFamilyAssessmentId();

    /** {@code start_date}: when the assessment started. */
    public abstract Optional<LocalDate> startDate();

    /** {@code authorisation_date}: when it was completed and authorised. */
    public abstract Optional<LocalDate> authorisationDate();

    /** {@code factors}: the census assessment factor codes ({@code 1A}, {@code 21}, ...), each once, in order. */
    public abstract Set<String> factors();

    /** {@code purge}: whether the child and family assessment is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChildAndFamilyAssessment}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableChildAndFamilyAssessment.Builder {
    }

    /** {@code {"child_and_family_assessment_id": id, "purge": true}}: removes the child and family assessment only. */
    public static ChildAndFamilyAssessment purged(String id) {
        return builder().childAndFamilyAssessmentId(id).purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.id(childAndFamilyAssessmentId(), "child_and_family_assessment_id", ApiRules.ID_LENGTH);
        ApiRules.items(factors(), "factors", 41, 3);
    }

    /** The identifier and the shape, never a date. */
    @Override
    public String toString() {
        return "ChildAndFamilyAssessment{childAndFamilyAssessmentId=" + childAndFamilyAssessmentId() + ", authorised=" + authorisationDate().isPresent() + ", factors=" + factors().size() + (purge() ? ", purge" : "") + "}";
    }
}
