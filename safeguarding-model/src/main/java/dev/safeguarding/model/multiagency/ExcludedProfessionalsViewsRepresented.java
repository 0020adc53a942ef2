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
 * Professionals the family did not want at a planning meeting still have their views represented: "Where this
 * happens, it should not stop the lead from talking to those professionals to ensure their views can be
 * represented." Reported, with the code {@code multiagency.planning-excluded-views-not-represented}, at
 * {@code excludedProfessionalsViewsRepresented}.
 *
 * <p>Declared on {@link PlanningMeeting} in the {@link Complete} group, as a {@link Query}: "should not stop"
 * leaves the lead room, but the record should be looked at.
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
@GuidanceRule(code = MultiagencyChecks.PLANNING_EXCLUDED_VIEWS_NOT_REPRESENTED,
        document = Titles.MULTI_AGENCY_FRAMEWORK, section = "2. Joint Assessments and everyday collaborative working")
@Constraint(validatedBy = ExcludedProfessionalsViewsRepresented.Validator.class)
public @interface ExcludedProfessionalsViewsRepresented {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing is recorded of the excluded professionals' views: the lead should talk to them to ensure their views can be represented."
            + " Source: " + Titles.MULTI_AGENCY_FRAMEWORK + ", '2. Joint Assessments and everyday collaborative working'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PlanningMeeting}. */
    final class Validator extends RuleValidator<ExcludedProfessionalsViewsRepresented, PlanningMeeting> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(PlanningMeeting record, Violations violations) {
            Breaches.report(MultiagencyChecks.planningMeeting(record), MultiagencyChecks.PLANNING_EXCLUDED_VIEWS_NOT_REPRESENTED, violations);
        }
    }
}
