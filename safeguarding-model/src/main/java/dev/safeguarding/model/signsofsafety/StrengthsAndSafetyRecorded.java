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
 * Something is recorded under "What's working well?": an existing strength or existing safety. The framework
 * "encourages practitioners to: understand present and past concerns; recognise existing strengths and safety;
 * be clear about what needs to happen", and "to balance the picture, it is vital to obtain information
 * regarding any past, existing, and potential safety and strengths". Reported, with the code
 * {@code signsofsafety.nothing-working-well}, at {@code statements} when the map has worries, goals and
 * judgements but no statement answering the second question.
 *
 * <p>Declared on {@link SignsOfSafetyMap} in the {@link Complete} group, as a {@link Query}: the family may
 * truly have little working well, but a map with nothing there should be looked at before it is complete. That
 * an empty "What's working well?" is a query rather than an error is the library's reading of the guidance.
 *
 * <p>The rules module's {@code SignsOfSafetyMaps.check} reports the same rule with the same code, path
 * and source; both run one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Using the Signs of
 * Safety Framework" (and the Introduction: "to balance the picture").
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = SignsOfSafetyChecks.NOTHING_WORKING_WELL, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Using the Signs of Safety Framework")
@Constraint(validatedBy = StrengthsAndSafetyRecorded.Validator.class)
public @interface StrengthsAndSafetyRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing is recorded under 'What's working well?': recognise existing strengths and"
            + " safety, to balance the worries." + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Using the Signs of Safety Framework'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SignsOfSafetyMap}. */
    final class Validator extends RuleValidator<StrengthsAndSafetyRecorded, SignsOfSafetyMap> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SignsOfSafetyMap map, Violations violations) {
            Breaches.report(SignsOfSafetyChecks.map(map), SignsOfSafetyChecks.NOTHING_WORKING_WELL, violations);
        }
    }
}
