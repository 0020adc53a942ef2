package dev.safeguarding.census.cscapi;

import dev.safeguarding.census.internal.CensusStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item of {@code sdq_assessments}: the {@code date} of a Strengths and Difficulties Questionnaire and its
 * {@code score} (an integer; the OpenAPI states no range).
 *
 * <p>Health data: {@link #toString()} shows which items are present, never the score.
 *
 * <p>Source: DfE CSC API OpenAPI 1.0.1, {@code health_and_wellbeing.sdq_assessments.items} (S4).
 */
@Value.Immutable
@CensusStyle
public abstract class SdqAssessment {

    /** {@code date}. */
    public abstract Optional<LocalDate> date();

    /** {@code score}. */
    public abstract Optional<Integer> score();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link SdqAssessment}. */
    public static final class Builder extends ImmutableSdqAssessment.Builder {
    }

    /** Which items are present, never their values. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SdqAssessment{");
        Present.of(text, "date", date());
        Present.of(text, "score", score());
        return text.append('}').toString();
    }
}
