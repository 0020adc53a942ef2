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
 * A formal referral records where consent stands: "Consultant Social Workers will support professionals to
 * gain consent, if it has not already been given". Reported, with the code
 * {@code multiagency.cads-consent-not-sought}, at {@code consent} for a formal referral with consent not
 * sought. Refused consent is not reported: "Refusal to give consent ... should not be seen in isolation as a
 * reason to escalate concerns".
 *
 * <p>Declared on {@link CadsConsultation} in the {@link Complete} group, as a {@link Query}: consent is not
 * always needed ("you do not need consent" where asking would increase the risk of harm), so only the
 * practitioner can say.
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
@GuidanceRule(code = MultiagencyChecks.CADS_CONSENT_NOT_SOUGHT, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "The Children's Advice & Duty Service")
@Constraint(validatedBy = CadsReferralConsentSought.Validator.class)
public @interface CadsReferralConsentSought {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A formal referral with consent not sought: Consultant Social Workers will support"
            + " professionals to gain consent, if it has not already been given."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'The Children's Advice & Duty Service'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CadsConsultation}. */
    final class Validator extends RuleValidator<CadsReferralConsentSought, CadsConsultation> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CadsConsultation consultation, Violations violations) {
            Breaches.report(MultiagencyChecks.cads(consultation),
                    MultiagencyChecks.CADS_CONSENT_NOT_SOUGHT, violations);
        }
    }
}
