package dev.safeguarding.model.signsofsafety;

import dev.safeguarding.model.GuidanceDocument.Titles;
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
import java.util.List;

/**
 * Each row of a safety plan says by when it is to be done: the Somerset format's column "By when (enter
 * timescales)", a date or a timescale from a trigger date ({@code ByWhen}). Reported, with the code
 * {@code signsofsafety.plan-row-without-timescale}, at {@code rows[i].byWhen} (a finding's path
 * {@code rows/i/byWhen}) for each row without one.
 *
 * <p>Declared on {@link SafetyPlan} in the default group, as an error: every saved plan, draft or not,
 * satisfies it. The builder of {@link SafetyPlanRow} already requires a {@code byWhen}, and that of
 * {@code ByWhen} exactly one of a date and a timescale, so a built plan always passes; the constraint states
 * the rule for Bean Validation (its metadata, a vendor's own implementation of the types) and mirrors the
 * construction rule.
 *
 * <p>The rule is declared on the plan rather than the row because a rule belongs to the record it is checked
 * on. It is not offered for a vendor's own form: there, "by when" is a date, or a timescale with its trigger
 * date, in fields whose shape is the vendor's own, so the rule (exactly one of the two, and a trigger with a
 * timescale) cannot be stated on one field; Bean Validation's own {@code @NotNull} on the vendor's fields,
 * and the builder of {@code ByWhen}, cover it.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp;
 * Competent Multi-Agency Working with Children in Need</i> (2017), "Format of Safety Plan".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "signsofsafety.plan-row-without-timescale", document = Titles.SOMERSET_PRACTITIONER_FORUM_2017,
        section = "Format of Safety Plan")
@Constraint(validatedBy = SafetyPlanTimescalesSet.Validator.class)
public @interface SafetyPlanTimescalesSet {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A row of a safety plan says by when it is to be done: enter a date or a timescale."
            + " Source: " + Titles.SOMERSET_PRACTITIONER_FORUM_2017 + ", 'Format of Safety Plan'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SafetyPlan}. */
    final class Validator extends RuleValidator<SafetyPlanTimescalesSet, SafetyPlan> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SafetyPlan plan, Violations violations) {
            List<SafetyPlanRow> rows = plan.rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).byWhen() == null) {
                    violations.at("rows", i, "byWhen");
                }
            }
        }
    }
}
