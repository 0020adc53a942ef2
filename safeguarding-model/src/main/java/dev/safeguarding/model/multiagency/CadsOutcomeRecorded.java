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
 * A consultation with the Children's Advice and Duty Service records its outcome: Consultant Social Workers
 * "are working to the principle of 'never do nothing' ... The outcomes of these conversations will result in
 * a clearly defined pathway". Reported, with the code {@code multiagency.cads-no-outcome}, at
 * {@code outcome}.
 *
 * <p>Declared on {@link CadsConsultation} in the {@link Complete} group, as a {@link Query}: a consultation
 * may still be under way.
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
@GuidanceRule(code = MultiagencyChecks.CADS_NO_OUTCOME, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "The Children's Advice & Duty Service")
@Constraint(validatedBy = CadsOutcomeRecorded.Validator.class)
public @interface CadsOutcomeRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "No outcome is recorded: Consultant Social Workers work to the principle of never do"
            + " nothing, and every conversation results in a clearly defined pathway."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Children's Advice & Duty Service'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CadsConsultation}. */
    final class Validator extends RuleValidator<CadsOutcomeRecorded, CadsConsultation> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CadsConsultation consultation, Violations violations) {
            Breaches.report(MultiagencyChecks.cads(consultation), MultiagencyChecks.CADS_NO_OUTCOME, violations);
        }
    }
}
