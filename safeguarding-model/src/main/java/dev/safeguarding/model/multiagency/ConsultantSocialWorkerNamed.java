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
 * A consultation names the Consultant Social Worker who handled the call: "The named Consultant Social Worker
 * will always provide the caller a feedback summary of the conversation and agreed decision within five
 * working days." Reported, with the code {@code multiagency.cads-consultant-not-named}, at
 * {@code consultantSocialWorker}. (Whether the summary is late is a question of dates, for the rules module.)
 *
 * <p>Declared on {@link CadsConsultation} in the {@link Complete} group, as a {@link Query}: the name may be
 * recorded elsewhere, in the feedback summary.
 *
 * <p>The rules module's {@code CadsConsultations.check} reports the same rule with the same code and path,
 * with the feedback summary's timescale (overdue or late), which Bean Validation cannot check: it has no date
 * "as of".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do
 * and the decisions we take".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.CADS_CONSULTANT_NOT_NAMED, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Recording what we do and the decisions we take")
@Constraint(validatedBy = ConsultantSocialWorkerNamed.Validator.class)
public @interface ConsultantSocialWorkerNamed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "No named Consultant Social Worker is recorded: the named Consultant Social Worker"
            + " provides the caller a feedback summary of the conversation and agreed decision."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Recording what we do and the decisions we take'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CadsConsultation}. */
    final class Validator extends RuleValidator<ConsultantSocialWorkerNamed, CadsConsultation> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CadsConsultation consultation, Violations violations) {
            Breaches.report(MultiagencyChecks.cads(consultation),
                    MultiagencyChecks.CADS_CONSULTANT_NOT_NAMED, violations);
        }
    }
}
