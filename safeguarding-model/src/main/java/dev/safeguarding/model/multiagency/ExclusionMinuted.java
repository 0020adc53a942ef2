package dev.safeguarding.model.multiagency;

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
 * Where parents exclude professionals from a planning meeting, the exclusion is minuted: "If parents do not want
 * professionals included in the meeting this should be recorded in the minutes". Reported, with the code
 * {@code multiagency.planning-exclusion-not-minuted}, at {@code exclusionMinuted}.
 *
 * <p>Declared on {@link PlanningMeeting} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code PlanningMeetings.check} reports the same rule with the same code and path; both
 * run one check, in the model.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, "2. Joint
 * Assessments and everyday collaborative working".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.PLANNING_EXCLUSION_NOT_MINUTED,
        document = Titles.MULTI_AGENCY_FRAMEWORK, section = "2. Joint Assessments and everyday collaborative working")
@Constraint(validatedBy = ExclusionMinuted.Validator.class)
public @interface ExclusionMinuted {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The parents did not want professionals included in the meeting: this should be recorded in the minutes."
            + " Source: " + Titles.MULTI_AGENCY_FRAMEWORK + ", '2. Joint Assessments and everyday collaborative working'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PlanningMeeting}. */
    final class Validator extends RuleValidator<ExclusionMinuted, PlanningMeeting> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(PlanningMeeting record, Violations violations) {
            Breaches.report(MultiagencyChecks.planningMeeting(record), MultiagencyChecks.PLANNING_EXCLUSION_NOT_MINUTED, violations);
        }
    }
}
