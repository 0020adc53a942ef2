package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of {@code section_47_assessments}, "Section 47 enquiries and any subsequent Initial Child Protection
 * Conferences": {@code section_47_assessment_id} (required), {@code start_date}, {@code icpc_required_flag}
 * ("if an Initial Child Protection Conference was required"), {@code icpc_date} ("Date on which the Initial
 * Child Protection Conference was carried out if one was required"), {@code end_date} ("the enquiry was
 * closed") and {@code purge}.
 *
 * <p>{@code purge} true "will remove all data related to the specified section 47 assessment"; {@link #purged(String)}
 * makes the record that does only that.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code social_care_episodes.items.section_47_assessments.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class Section47Assessment {

    /** {@code section_47_assessment_id} (required): {@code ^[A-Za-z0-9_-]*$}, at most 36 characters. */
    public abstract String section47AssessmentId();

    /** {@code start_date}: when the enquiry started. */
    public abstract Optional<LocalDate> startDate();

    /** {@code icpc_required_flag}: whether an initial child protection conference was required. */
    public abstract Optional<Boolean> icpcRequiredFlag();

    /** {@code icpc_date}: when the initial child protection conference was held. */
    public abstract Optional<LocalDate> icpcDate();

    /** {@code end_date}: when the enquiry was closed. */
    public abstract Optional<LocalDate> endDate();

    /** {@code purge}: whether the section 47 assessment is to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Section47Assessment}; a value breaking a rule of the OpenAPI is rejected. */
    public static final class Builder extends ImmutableSection47Assessment.Builder {
    }

    /** {@code {"section_47_assessment_id": id, "purge": true}}: removes the section 47 assessment only. */
    public static Section47Assessment purged(String id) {
        return builder().section47AssessmentId(id).purge(true).build();
    }

    @Value.Check
    void check() {
        ApiRules.id(section47AssessmentId(), "section_47_assessment_id", ApiRules.ID_LENGTH);
    }

    /** The identifier and the shape, never a date. */
    @Override
    public String toString() {
        return "Section47Assessment{section47AssessmentId=" + section47AssessmentId() + ", conferenceHeld=" + icpcDate().isPresent() + (purge() ? ", purge" : "") + "}";
    }
}
