package dev.safeguarding.model.prebirth;

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
 * A safeguarding birth plan is sent to the out-of-hours Emergency Duty Team: "Disseminated to relevant
 * professionals including Emergency Duty Team (EDT)." Reported, with the code
 * {@code prebirth.not-sent-to-edt}, at {@code sentTo} when no dissemination of the plan is to the
 * {@code EMERGENCY_DUTY_TEAM}.
 *
 * <p>Declared on {@link SafeguardingBirthPlan} in the {@link Complete} group, as a {@link Query}.
 *
 * <p>The rules module's {@code PreBirth.check} reports the same rule with the same code, severity, path and
 * source; both run one check, in the model.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-agency Pre-birth Protocol to Safeguard Unborn
 * Babies</i> (September 2016), as extracted in the practitioner forum (2017), "Extracts from Multi-Agency
 * Pre-Birth Protocol".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = PreBirthChecks.NOT_SENT_TO_EDT, document = Titles.PRE_BIRTH_PROTOCOL_2016,
        section = "Extracts from Multi-Agency Pre-Birth Protocol")
@Constraint(validatedBy = BirthPlanSentToEdt.Validator.class)
public @interface BirthPlanSentToEdt {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A safeguarding birth plan has not been sent to the Emergency Duty Team (EDT)."
            + " Source: " + Titles.PRE_BIRTH_PROTOCOL_2016 + ", 'Extracts from Multi-Agency Pre-Birth Protocol'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SafeguardingBirthPlan}. */
    final class Validator extends RuleValidator<BirthPlanSentToEdt, SafeguardingBirthPlan> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SafeguardingBirthPlan plan, Violations violations) {
            Breaches.report(PreBirthChecks.birthPlan(plan), PreBirthChecks.NOT_SENT_TO_EDT, violations);
        }
    }
}
