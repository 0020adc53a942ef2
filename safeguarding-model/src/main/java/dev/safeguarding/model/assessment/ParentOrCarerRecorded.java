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
 * An assessment records at least one family member with a parenting or caring role: "Assessing parenting
 * capacity should include the capacity of all parents of the child." Reported, with the code
 * {@code assessment.no-parent-or-carer}, at {@code familyMembers}.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as a {@link Query}: a child may have no
 * parent or carer to record, but an assessment without one is worth a second look.
 *
 * <p>The rules module's {@code Assessments.check} reports the same rule with the same code and path; both run
 * one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Assessment
 * Triangle".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = AssessmentChecks.NO_PARENT_OR_CARER, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "The Assessment Triangle")
@Constraint(validatedBy = ParentOrCarerRecorded.Validator.class)
public @interface ParentOrCarerRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "No family member with a parenting or caring role is recorded: assessing parenting"
            + " capacity should include the capacity of all parents of the child."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Assessment Triangle'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<ParentOrCarerRecorded, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.NO_PARENT_OR_CARER, violations);
        }
    }
}
