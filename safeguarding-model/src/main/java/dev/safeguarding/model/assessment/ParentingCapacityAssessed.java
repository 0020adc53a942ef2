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
 * The parenting capacity of every parent or carer among the family members is assessed, whether or not they
 * live with the child: "Assessing parenting capacity should include the capacity of all parents of the
 * child." Reported, with the code {@code assessment.parenting-capacity-not-assessed}, at
 * {@code parentingCapacity.<id>} (a finding's path {@code parentingCapacity/<id>}) for the family member with
 * identifier {@code <id>} when nothing is recorded on any dimension of their capacity; a capacity assessed in
 * part is {@link DimensionsAssessed}'s to report.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as an error.
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
@GuidanceRule(code = AssessmentChecks.PARENTING_CAPACITY_NOT_ASSESSED, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "The Assessment Triangle")
@Constraint(validatedBy = ParentingCapacityAssessed.Validator.class)
public @interface ParentingCapacityAssessed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The parenting capacity of a parent or carer is not assessed: assessing parenting"
            + " capacity should include the capacity of all parents of the child, including parents who do not live"
            + " with the child."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Assessment Triangle'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<ParentingCapacityAssessed, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.PARENTING_CAPACITY_NOT_ASSESSED, violations);
        }
    }
}
