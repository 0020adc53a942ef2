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
 * Parents excluding professionals from a planning meeting is itself a safeguarding concern: "participants of the
 * group should consider this as a safeguarding concern and agree a plan to manage non engagement and review
 * thresholds." Reported, with the code {@code multiagency.planning-exclusion-not-acted-on}, at
 * {@code exclusionTreatedAsSafeguardingConcern}, {@code nonEngagementPlanAgreed} and {@code thresholdsReviewed},
 * one violation for each step not recorded.
 *
 * <p>Declared on {@link PlanningMeeting} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code PlanningMeetings.check} reports the same rule with the same code and paths; both
 * run one check, in the model.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, "2. Joint
 * Assessments and everyday collaborative working".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.PLANNING_EXCLUSION_NOT_ACTED_ON,
        document = Titles.MULTI_AGENCY_FRAMEWORK, section = "2. Joint Assessments and everyday collaborative working")
@Constraint(validatedBy = ExclusionActedOn.Validator.class)
public @interface ExclusionActedOn {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The parents did not want professionals included in the meeting: participants should consider this as a safeguarding concern and agree a plan to manage non engagement and review thresholds."
            + " Source: " + Titles.MULTI_AGENCY_FRAMEWORK + ", '2. Joint Assessments and everyday collaborative working'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PlanningMeeting}. */
    final class Validator extends RuleValidator<ExclusionActedOn, PlanningMeeting> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(PlanningMeeting record, Violations violations) {
            Breaches.report(MultiagencyChecks.planningMeeting(record), MultiagencyChecks.PLANNING_EXCLUSION_NOT_ACTED_ON, violations);
        }
    }
}
