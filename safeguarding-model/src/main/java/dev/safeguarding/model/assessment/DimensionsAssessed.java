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
 * Every dimension of the Assessment Triangle is assessed before an assessment is complete: the fourteen
 * dimensions of the child's developmental needs and of family and environmental factors, and, for each parent
 * or carer whose capacity is assessed, the six dimensions of parenting capacity. A dimension is assessed when
 * something is recorded on it: what is working well, the worries, or how well the child's needs are met. "The
 * framework will enable professionals to assess need and use the three domains ... in order to form a
 * judgement regarding appropriate intervention to meet the child's needs."
 *
 * <p>Reported, with the code {@code assessment.dimension-not-assessed}, at {@code dimensions.HEALTH} (a
 * finding's path {@code dimensions/HEALTH}) for a dimension of the child's developmental needs or of family
 * and environmental factors, and at {@code parentingCapacity.<id>.BASIC_CARE} for a dimension of the
 * parenting capacity of the family member with identifier {@code <id>}. A parent or carer whose capacity is
 * not assessed at all is {@link ParentingCapacityAssessed}'s to report.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as an error.
 *
 * <p>That every one of the fourteen dimensions of the child's developmental needs and of family and
 * environmental factors needs an entry is the library's reading, stricter than the guidance: the guidance asks
 * professionals to "use the three domains" and calls the triangle "a starting point for all assessments", and
 * does not say that each dimension must be recorded. A dimension with nothing to worry about keeps the rule with
 * one entry saying what is working well, or the level at which the child's needs are met.
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
@GuidanceRule(code = AssessmentChecks.DIMENSION_NOT_ASSESSED, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "The Assessment Triangle")
@Constraint(validatedBy = DimensionsAssessed.Validator.class)
public @interface DimensionsAssessed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A dimension of the Assessment Triangle is not yet assessed: record what is working"
            + " well, the worries, or how well the child's needs are met."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Assessment Triangle'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<DimensionsAssessed, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.DIMENSION_NOT_ASSESSED, violations);
        }
    }
}
