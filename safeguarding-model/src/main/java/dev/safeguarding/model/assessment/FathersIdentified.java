package dev.safeguarding.model.assessment;

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
 * An assessment records the child's father among the family members: "The importance of identifying any
 * adults, including fathers, who have parenting or caring roles cannot be underestimated. ... Systems should
 * ensure that all family members, including fathers and other key relatives, are heard." Reported, with the
 * code {@code assessment.no-father-recorded}, at {@code familyMembers}.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as a {@link Query}: the guidance asks that
 * fathers are identified and heard "unless there is evidence that doing so would directly cause harm", and
 * only the practitioner knows whether there is.
 *
 * <p>The rules module's {@code Assessments.check} reports the same rule with the same code and path; both run
 * one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Whole Family
 * Working".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = AssessmentChecks.NO_FATHER_RECORDED, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Whole Family Working")
@Constraint(validatedBy = FathersIdentified.Validator.class)
public @interface FathersIdentified {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "No father is recorded among the family members: identify any adults, including fathers,"
            + " who have parenting or caring roles, and hear them unless there is evidence that doing so would"
            + " directly cause harm."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Whole Family Working'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<FathersIdentified, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.NO_FATHER_RECORDED, violations);
        }
    }
}
