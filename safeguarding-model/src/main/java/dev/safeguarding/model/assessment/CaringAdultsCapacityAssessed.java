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
 * The parenting capacity of every adult with a caring role who is not a parent by relationship (a parent's
 * partner who lives with the child, or a grandparent, relative or friend recorded as a parent or carer) is
 * looked at: "The importance of identifying any adults, including fathers, who have parenting or caring roles
 * cannot be underestimated. This requires systems to recognise the importance of seeing a family in its wider
 * context, including assessing key relationships". Reported, with the code
 * {@code assessment.caring-adult-capacity-not-assessed}, at {@code parentingCapacity.<id>} (a finding's path
 * {@code parentingCapacity/<id>}) for the family member with identifier {@code <id>} when nothing is recorded on
 * any dimension of their capacity. A parent's capacity is {@link ParentingCapacityAssessed}'s to report, as an
 * error.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as a {@link Query}: the guidance requires the
 * capacity of "all parents of the child" and asks that other adults in caring roles be identified; that their
 * capacity is queried rather than required, and that a parent's live-in partner has a caring role unless the
 * record says otherwise ({@code FamilyRelationship.isCarerWhenLivingWithChild()}), are the library's reading.
 *
 * <p>The rules module's {@code Assessments.check} reports the same rule with the same code and path; both run
 * one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Whole Family Working".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = AssessmentChecks.CARING_ADULT_CAPACITY_NOT_ASSESSED,
        document = Titles.CONTINUUM_OF_NEEDS_2023, section = "Whole Family Working")
@Constraint(validatedBy = CaringAdultsCapacityAssessed.Validator.class)
public @interface CaringAdultsCapacityAssessed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "An adult with a caring role has no parenting capacity assessed: identify any adults,"
            + " including fathers, who have parenting or caring roles, and assess key relationships."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Whole Family Working'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<CaringAdultsCapacityAssessed, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.CARING_ADULT_CAPACITY_NOT_ASSESSED, violations);
        }
    }
}
