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
 * A safeguarding birth plan records the arrangements for discharge: it "Should include contact names and
 * numbers of professionals involved and agreed arrangements for discharge". Reported, with the code
 * {@code prebirth.no-discharge-arrangements}, at {@code dischargeArrangements} when the plan records none.
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
@GuidanceRule(code = PreBirthChecks.NO_DISCHARGE_ARRANGEMENTS, document = Titles.PRE_BIRTH_PROTOCOL_2016,
        section = "Extracts from Multi-Agency Pre-Birth Protocol")
@Constraint(validatedBy = DischargeArrangementsAgreed.Validator.class)
public @interface DischargeArrangementsAgreed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A safeguarding birth plan records no agreed arrangements for discharge."
            + " Source: " + Titles.PRE_BIRTH_PROTOCOL_2016 + ", 'Extracts from Multi-Agency Pre-Birth Protocol'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SafeguardingBirthPlan}. */
    final class Validator extends RuleValidator<DischargeArrangementsAgreed, SafeguardingBirthPlan> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SafeguardingBirthPlan plan, Violations violations) {
            Breaches.report(PreBirthChecks.birthPlan(plan), PreBirthChecks.NO_DISCHARGE_ARRANGEMENTS, violations);
        }
    }
}
