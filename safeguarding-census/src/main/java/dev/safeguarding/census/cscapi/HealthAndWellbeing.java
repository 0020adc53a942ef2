package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code health_and_wellbeing}: the child's {@code sdq_assessments} (Strengths and Difficulties
 * Questionnaire: a date and a score) and {@code purge}, which "will remove all health and wellbeing details
 * only for the child" ({@link #purged()}). The CIN census holds no SDQ scores (they are an SSDA903 item),
 * so the census mapping leaves this block absent.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code health_and_wellbeing} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class HealthAndWellbeing {

    /** {@code sdq_assessments}, in order. */
    public abstract List<SdqAssessment> sdqAssessments();

    /** {@code purge}: whether the health and wellbeing details are to be removed; false by default. */
    @Value.Default
    public boolean purge() {
        return false;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HealthAndWellbeing}. */
    public static final class Builder extends ImmutableHealthAndWellbeing.Builder {
    }

    /** {@code {"purge": true}}: removes the health and wellbeing details only. */
    public static HealthAndWellbeing purged() {
        return builder().purge(true).build();
    }

    /** How many assessments, never their scores. */
    @Override
    public String toString() {
        return "HealthAndWellbeing{sdqAssessments=" + sdqAssessments().size() + (purge() ? ", purge" : "") + "}";
    }
}
