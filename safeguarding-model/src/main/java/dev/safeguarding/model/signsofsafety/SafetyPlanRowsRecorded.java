package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.GuidanceDocument.Titles;
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
 * A safety plan holds what it plans: "An effective plan addresses risk by being clear about the issues, how
 * they will be managed/reduced, what support will be provided and when it will be reviewed", and a plan with
 * no row says none of it. Reported, with the code {@code signsofsafety.plan-without-rows}, at {@code rows}
 * when the plan has none.
 *
 * <p>Declared on {@link SafetyPlan} in the {@link Complete} group, as an error: a plan may be saved with no
 * rows while it is drafted, but not shared so. That a plan needs at least one row before it is shared is the
 * library's reading of the guidance; it sets no number.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp;
 * Competent Multi-Agency Working with Children in Need</i> (2017), "Managing Risk - Core Skills".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "signsofsafety.plan-without-rows", document = Titles.SOMERSET_PRACTITIONER_FORUM_2017,
        section = "Managing Risk - Core Skills")
@Constraint(validatedBy = SafetyPlanRowsRecorded.Validator.class)
public @interface SafetyPlanRowsRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The safety plan has no rows: say what needs to happen to achieve each safety goal, who"
            + " will do it and by when."
            + " Source: " + Titles.SOMERSET_PRACTITIONER_FORUM_2017 + ", 'Managing Risk - Core Skills'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SafetyPlan}. */
    final class Validator extends RuleValidator<SafetyPlanRowsRecorded, SafetyPlan> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SafetyPlan plan, Violations violations) {
            if (plan.rows().isEmpty()) {
                violations.at("rows");
            }
        }
    }
}
