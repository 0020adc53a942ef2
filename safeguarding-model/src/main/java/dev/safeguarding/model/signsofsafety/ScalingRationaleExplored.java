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
 * The rationale of each scaling judgement is fully explored, both ways: "the rationale for how family members
 * and professionals answer the question is fully explored: \u2013 'What makes it a 6 in your opinion?' 'What
 * else would need to happen for it to be 10?'" A judgement always has the first (its {@code rationale}, which
 * the builder requires); this constraint asks for the second. Reported, with the code
 * {@code signsofsafety.scaling-rationale-not-explored}, at {@code judgements[j].whatWouldMakeItHigher} (a
 * finding's path {@code judgements/j/whatWouldMakeItHigher}) for each judgement below 10 with nothing recorded
 * of what else would need to happen; a 10 cannot be higher.
 *
 * <p>Declared on {@link SignsOfSafetyMap}, which holds the judgements, in the {@link Complete} group, as a
 * {@link Query}: the person may have had no answer, but the question should have been asked. That the guidance's
 * "fully explored" asks for the second answer on the record is the library's reading of it.
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
@GuidanceRule(code = SignsOfSafetyChecks.SCALING_RATIONALE_NOT_EXPLORED, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Using the Signs of Safety Framework")
@Constraint(validatedBy = ScalingRationaleExplored.Validator.class)
public @interface ScalingRationaleExplored {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing is recorded of what would make this score higher: explore the rationale of"
            + " each score fully, asking what else would need to happen for it to be 10."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Using the Signs of Safety Framework'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SignsOfSafetyMap}. */
    final class Validator extends RuleValidator<ScalingRationaleExplored, SignsOfSafetyMap> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SignsOfSafetyMap map, Violations violations) {
            Breaches.report(SignsOfSafetyChecks.map(map), SignsOfSafetyChecks.SCALING_RATIONALE_NOT_EXPLORED,
                    violations);
        }
    }
}
