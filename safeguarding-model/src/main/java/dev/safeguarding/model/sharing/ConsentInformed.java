package dev.safeguarding.model.sharing;

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
 * Consent that was given was informed: "Consent means that the family is fully informed about the services
 * they are being referred to, agree with the referral being made and understand what information
 * professionals are passing on and why"; golden rule 4, "Share with informed consent where appropriate".
 * Reported, with the code {@code sharing.consent-not-informed}, at {@code informed}. A refusal is not asked
 * to be informed.
 *
 * <p>Declared on {@link Consent} in the {@link Complete} group, as a {@link Query}: the model records consent
 * that was not informed, as it happened, rather than refusing it, and a practitioner should look at what it
 * can be relied on for.
 *
 * <p>The rules module's {@code SharingRecords.check(Consent)} reports the same rule with the same code and
 * path; both run one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information Sharing".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = SharingChecks.CONSENT_NOT_INFORMED, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Information Sharing")
@Constraint(validatedBy = ConsentInformed.Validator.class)
public @interface ConsentInformed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Consent was given but not informed: consent means that the family is fully informed"
            + " about the services they are being referred to and understands what information professionals are"
            + " passing on and why."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Information Sharing'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Consent}. */
    final class Validator extends RuleValidator<ConsentInformed, Consent> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Consent consent, Violations violations) {
            Breaches.report(SharingChecks.consent(consent), SharingChecks.CONSENT_NOT_INFORMED, violations);
        }
    }
}
