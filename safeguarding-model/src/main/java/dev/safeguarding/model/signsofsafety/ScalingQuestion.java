package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scaling question of a case: what 0 and what 10 mean. "The scaling question might be designed around
 * a particular concern, or be a gauge by which we assess the level of need for professional involvement.
 * It is always on a scale of 0-10. ... The important thing is that an appropriate scaling question is
 * discussed that helps everyone understand the risks and safety for the child."
 *
 * <p>The guidance gives two pairs of ends as examples, and a third in a question for the family
 * ({@link ScalingExample}; {@code ScalingExample.CONCERN_HAPPENING_AGAIN.question("q-1")} starts a
 * question from one). In every example 10 is the safer end (the worry resolved, help that early help
 * services can coordinate, just a bad day); the library's analysis reads a higher score as safer, so
 * a case's own question should put the safer end at 10 too.
 *
 * <p>The ends (and the wording, where recorded) may name the child's circumstances: {@link #toString()}
 * shows the identifier only.
 *
 * <p>Bean Validation: no constraint of its own. It is part of a {@link SignsOfSafetyMap}, whose constraint
 * {@code ScalingJudgementRecorded} (group {@code Complete}) reports a question no one has answered at
 * {@code scalingQuestions[i]}; that the scale is 0-10 is the rule of each judgement's score
 * ({@code ScalingScore}). The builder requires both ends; the guidance asks for "an appropriate scaling
 * question" but sets no rule a validator could check.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs
 * of Safety Framework".
 */
@Value.Immutable
public abstract class ScalingQuestion {

    /** An identifier, unique within its map, that judgements name; not blank. */
    public abstract String id();

    /** The question as put to those who answer it, where recorded. */
    public abstract Optional<String> wording();

    /** What 0 means: the worse end. */
    public abstract String zeroMeans();

    /** What 10 means: the safer end. */
    public abstract String tenMeans();

    /**
     * A question with no recorded wording.
     *
     * @throws dev.safeguarding.model.InvalidValueException if a part is blank
     */
    public static ScalingQuestion of(String id, String zeroMeans, String tenMeans) {
        return builder().id(id).zeroMeans(zeroMeans).tenMeans(tenMeans).build();
    }

    /** A builder, for a question with its wording. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ScalingQuestion}. */
    public static final class Builder extends ImmutableScalingQuestion.Builder {
    }

    @Value.Check
    void checkInvariants() {
        Checks.text("id", id(), "wording", wording(), "zeroMeans", zeroMeans(), "tenMeans", tenMeans());
        Checks.notBlank(id(), "id");
        wording().ifPresent(w -> Checks.notBlank(w, "wording"));
        Checks.notBlank(zeroMeans(), "zeroMeans");
        Checks.notBlank(tenMeans(), "tenMeans");
    }

    /** The identifier; never the wording or the ends. */
    @Override
    public String toString() {
        return "ScalingQuestion{id=" + id() + "}";
    }
}
