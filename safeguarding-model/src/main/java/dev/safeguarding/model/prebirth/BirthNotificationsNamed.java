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
 * A safeguarding birth plan says who is to be told of the birth: it "will plan for the delivery of the baby
 * and the immediate post-natal period, including who should be notified of the birth of the baby". Reported,
 * with the code {@code prebirth.no-one-to-notify}, at {@code contacts} when no contact of the plan is marked
 * to be notified of the birth (so a plan with no contacts at all breaks this rule and
 * {@link BirthPlanContactsListed}, at the same path).
 *
 * <p>Declared on {@link SafeguardingBirthPlan} in the {@link Complete} group, as an error.
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
@GuidanceRule(code = PreBirthChecks.NO_ONE_TO_NOTIFY, document = Titles.PRE_BIRTH_PROTOCOL_2016,
        section = "Extracts from Multi-Agency Pre-Birth Protocol")
@Constraint(validatedBy = BirthNotificationsNamed.Validator.class)
public @interface BirthNotificationsNamed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A safeguarding birth plan names no one to be notified of the birth of the baby."
            + " Source: " + Titles.PRE_BIRTH_PROTOCOL_2016 + ", 'Extracts from Multi-Agency Pre-Birth Protocol'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SafeguardingBirthPlan}. */
    final class Validator extends RuleValidator<BirthNotificationsNamed, SafeguardingBirthPlan> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SafeguardingBirthPlan plan, Violations violations) {
            Breaches.report(PreBirthChecks.birthPlan(plan), PreBirthChecks.NO_ONE_TO_NOTIFY, violations);
        }
    }
}
