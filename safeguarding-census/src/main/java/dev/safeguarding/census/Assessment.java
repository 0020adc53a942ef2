package dev.safeguarding.census;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An assessment of an episode, {@code <Assessments>}: {@code <AssessmentActualStartDate>} (N00159, 1..1),
 * {@code <AssessmentInternalReviewDate>}, {@code <AssessmentAuthorisationDate>} (N00160; the assessment is
 * complete when authorised) and the factors identified at its end ({@code <FactorsIdentifiedAtAssessment>}
 * with {@code <AssessmentFactors>} 1..*). Duplicate factors are kept as sent (rule 8898 reports them).
 *
 * <p>Source: S2 {@code cin_census/cin-2022.xsd}, {@code assessmentstype}.
 */
@Value.Immutable
@CensusStyle
public abstract class Assessment {

    /** {@code <AssessmentActualStartDate>} (N00159). */
    public abstract Optional<LocalDate> actualStartDate();

    /** {@code <AssessmentInternalReviewDate>}. */
    public abstract Optional<LocalDate> internalReviewDate();

    /** {@code <AssessmentAuthorisationDate>} (N00160). */
    public abstract Optional<LocalDate> authorisationDate();

    /** {@code <AssessmentFactors>} within {@code <FactorsIdentifiedAtAssessment>}, in file order. */
    public abstract List<AssessmentFactor> factors();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assessment}. */
    public static final class Builder extends ImmutableAssessment.Builder {
    }

    /** Whether the assessment is complete: it has an authorisation date. */
    public boolean isComplete() {
        return authorisationDate().isPresent();
    }

    @Override
    public String toString() {
        return "Assessment{complete=" + isComplete() + ", factors=" + factors().size() + "}";
    }
}
