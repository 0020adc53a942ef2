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
 * Each row of a safety plan says who will do it: the Somerset format's column "Who will do this", one or more
 * owners (the Somerset example reads "Mother and HV"). Reported, with the code
 * {@code signsofsafety.plan-row-without-owner}, at {@code rows[i].owners} (a finding's path
 * {@code rows/i/owners}) for each row that names no one.
 *
 * <p>Declared on {@link SafetyPlan} in the default group, as an error: every saved plan, draft or not,
 * satisfies it. The builder of {@link SafetyPlanRow} already refuses a row with no owner, so a built plan
 * always passes; the constraint states the rule for Bean Validation (its metadata, a vendor's own
 * implementation of the types) and mirrors the construction rule.
 *
 * <p>The rule is declared on the plan rather than the row because a rule belongs to the record it is checked
 * on. It is not offered for a vendor's own form: there, that a row names an owner is Bean Validation's own
 * {@code @NotEmpty} on the vendor's field of owners (the builder refuses the row otherwise), and a constraint
 * of the library would add nothing but its code and source.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp;
 * Competent Multi-Agency Working with Children in Need</i> (2017), "Format of Safety Plan".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "signsofsafety.plan-row-without-owner", document = Titles.SOMERSET_PRACTITIONER_FORUM_2017,
        section = "Format of Safety Plan")
@Constraint(validatedBy = SafetyPlanOwnersNamed.Validator.class)
public @interface SafetyPlanOwnersNamed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A row of a safety plan says who will do it: name one or more owners, so that it is"
            + " clear who is owning the action."
            + " Source: " + Titles.SOMERSET_PRACTITIONER_FORUM_2017 + ", 'Format of Safety Plan'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SafetyPlan}. */
    final class Validator extends RuleValidator<SafetyPlanOwnersNamed, SafetyPlan> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SafetyPlan plan, Violations violations) {
            List<SafetyPlanRow> rows = plan.rows();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).owners() == null || rows.get(i).owners().isEmpty()) {
                    violations.at("rows", i, "owners");
                }
            }
        }
    }
}
