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
 * A Signs of Safety map says what the worry is, in a danger statement: the first of the four questions is
 * "What are we worried about?", with the prompt "If nothing changes what are you worried will happen to the
 * child?". Reported, with the code {@code signsofsafety.no-danger-statement}, at {@code statements} when the map
 * has no statement of the category {@code DANGER_STATEMENT}.
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
@GuidanceRule(code = SignsOfSafetyChecks.NO_DANGER_STATEMENT, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Using the Signs of Safety Framework")
@Constraint(validatedBy = DangerStatementRecorded.Validator.class)
public @interface DangerStatementRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A Signs of Safety map says what we are worried about: record a danger statement"
            + " saying who is worried, what they are worried will happen to the child if nothing changes, and how"
            + " it would affect the child."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Using the Signs of Safety Framework'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SignsOfSafetyMap}. */
    final class Validator extends RuleValidator<DangerStatementRecorded, SignsOfSafetyMap> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SignsOfSafetyMap map, Violations violations) {
            Breaches.report(SignsOfSafetyChecks.map(map), SignsOfSafetyChecks.NO_DANGER_STATEMENT, violations);
        }
    }
}
