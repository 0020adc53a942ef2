package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.validation.Breaches;
import dev.safeguarding.model.validation.Complete;
import dev.safeguarding.model.validation.GuidanceRule;
import dev.safeguarding.model.validation.Query;
import dev.safeguarding.model.validation.RuleValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Signs of Safety map holds the judgements of its scaling question: the fourth of the four questions is
 * "How worried are we on a scale of 0 – 10", and the rationale for how family members and professionals
 * answer it is "fully explored". Reported, with the code {@code signsofsafety.no-judgement}, at
 * {@code judgements} when the map holds no judgement at all, and otherwise at {@code scalingQuestions[i]} (a
 * finding's path {@code scalingQuestions/i}) for each scaling question no one has answered.
 *
 * <p>Declared on {@link SignsOfSafetyMap} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code SignsOfSafetyMaps.check} reports the same rule with the same code, path
 * and source; both run one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs of
 * Safety Framework".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = SignsOfSafetyChecks.NO_JUDGEMENT, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Using the Signs of Safety Framework")
@Constraint(validatedBy = ScalingJudgementRecorded.Validator.class)
public @interface ScalingJudgementRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "No scaling judgement is recorded here: ask each family member and professional the"
            + " scaling question, and record their score with its rationale."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Using the Signs of Safety Framework'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SignsOfSafetyMap}. */
    final class Validator extends RuleValidator<ScalingJudgementRecorded, SignsOfSafetyMap> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SignsOfSafetyMap map, Violations violations) {
            Breaches.report(SignsOfSafetyChecks.map(map), SignsOfSafetyChecks.NO_JUDGEMENT, violations);
        }
    }
}
