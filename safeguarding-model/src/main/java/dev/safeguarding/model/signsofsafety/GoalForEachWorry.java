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
 * Each worry of a Signs of Safety map has a safety goal that answers it: what needs to happen for each danger
 * statement. Reported, with the code {@code signsofsafety.worry-without-goal}, at {@code statements[i]} (a
 * finding's path {@code statements/i}) for each danger statement that no safety goal names in its
 * {@code dangerStatementIds}. The guidance does not say how a goal is matched to a worry; the explicit link
 * is the library's (see {@code MapStatement}).
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
@GuidanceRule(code = SignsOfSafetyChecks.WORRY_WITHOUT_GOAL, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Using the Signs of Safety Framework")
@Constraint(validatedBy = GoalForEachWorry.Validator.class)
public @interface GoalForEachWorry {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "No safety goal answers this danger statement: add a goal that names it, saying what"
            + " needs to happen for this worry."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Using the Signs of Safety Framework'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SignsOfSafetyMap}. */
    final class Validator extends RuleValidator<GoalForEachWorry, SignsOfSafetyMap> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SignsOfSafetyMap map, Violations violations) {
            Breaches.report(SignsOfSafetyChecks.map(map), SignsOfSafetyChecks.WORRY_WITHOUT_GOAL, violations);
        }
    }
}
