package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.validation.Findings;
import dev.safeguarding.model.validation.GuidanceRule;
import dev.safeguarding.model.validation.Query;
import dev.safeguarding.model.validation.RuleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A scaling score is from 0 to 10: the scaling question "is always on a scale of 0-10" ("How worried are we
 * on a scale of 0 \u2013 10"). Reported with the code {@code signsofsafety.scaling-score}.
 *
 * <p><b>On a judgement.</b> Declared on {@link ScalingJudgement} in the default group, as an error, reported
 * at {@code score}: every saved judgement, draft or not, satisfies it. The builder already refuses any other
 * score, so a built judgement always passes; the constraint states the guidance's rule for Bean Validation
 * (its metadata, a vendor's own implementation of the type) and runs the same check as the builder.
 *
 * <p><b>On a vendor's own form.</b> The same constraint also checks a score before it becomes a judgement:
 * a field, a getter, a method or constructor parameter, or a container element of type {@code int} or
 * {@link Integer}, in the groups the vendor gives it. A {@code null} score is valid, as for Bean Validation's
 * own {@code @Min} and {@code @Max} ({@code @NotNull} says whether there must be one). The finding of a
 * violation has the library's code, message and source, at the vendor's property path:
 *
 * <pre>{@code
 * public class ScalingForm {
 *     private @NotNull @ScalingScore Integer score;          // path "score"
 *     private List<@ScalingScore Integer> earlierScores;     // path "earlierScores/2"
 * }
 * Findings.check(validator, form);
 * }</pre>
 *
 * <p>It is the only constraint of the library with a target other than a type: a score is a value of its own,
 * with a rule of its own, wherever a vendor holds it; the other rules are about a record as a whole.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs of
 * Safety Framework".
 */
@Documented
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "signsofsafety.scaling-score", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Using the Signs of Safety Framework")
@Constraint(validatedBy = {ScalingScore.Validator.class, ScalingScore.ScoreValidator.class})
public @interface ScalingScore {

    /** The message: what is wrong, and the passage the rule comes from. */
    String message() default "A scaling score is from 0 to 10: the scaling question is always on a scale of 0-10."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Using the Signs of Safety Framework'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks the score of a {@link ScalingJudgement}, reporting at {@code score}. */
    final class Validator extends RuleValidator<ScalingScore, ScalingJudgement> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ScalingJudgement judgement, Violations violations) {
            if (!SignsOfSafetyChecks.isScalingScore(judgement.score())) {
                violations.at("score");
            }
        }
    }

    /** Checks a score on its own: a vendor's field, getter, parameter or container element. */
    final class ScoreValidator implements ConstraintValidator<ScalingScore, Integer> {

        /** Made by the Bean Validation provider. */
        public ScoreValidator() {
        }

        /** Valid when {@code null} or from 0 to 10. */
        @Override
        public boolean isValid(@Nullable Integer score, ConstraintValidatorContext context) {
            return score == null || SignsOfSafetyChecks.isScalingScore(score);
        }
    }
}
