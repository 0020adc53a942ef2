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
 * A consultation with an outcome records the seven steps of the script as completed: Consultant Social
 * Workers "adhere to a script to bring out the caller's concerns as well as identifying resilience and
 * protective factors". Reported, with the code {@code multiagency.cads-script-incomplete}, at
 * {@code completedSteps}, once an outcome is recorded (before then {@link CadsOutcomeRecorded} reports).
 *
 * <p>Declared on {@link CadsConsultation} in the {@link Complete} group, as a {@link Query}: a step may have
 * been taken and not recorded.
 *
 * <p>The rules module's {@code CadsConsultations.check} reports the same rule with the same code and path,
 * with the feedback summary's timescale (overdue or late), which Bean Validation cannot check: it has no date
 * "as of".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "The Children's Advice
 * &amp; Duty Service".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.CADS_SCRIPT_INCOMPLETE, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "The Children's Advice & Duty Service")
@Constraint(validatedBy = CadsScriptCompleted.Validator.class)
public @interface CadsScriptCompleted {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "An outcome is recorded but not every step of the Consultant Social Worker's script is"
            + " recorded as completed."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Children's Advice & Duty Service'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CadsConsultation}. */
    final class Validator extends RuleValidator<CadsScriptCompleted, CadsConsultation> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CadsConsultation consultation, Violations violations) {
            Breaches.report(MultiagencyChecks.cads(consultation),
                    MultiagencyChecks.CADS_SCRIPT_INCOMPLETE, violations);
        }
    }
}
