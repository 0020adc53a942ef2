package dev.safeguarding.model.sharing;

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

/**
 * A child under 16 who gives consent for themselves does so on a recorded basis, and only where the basis is
 * sufficient: judged Gillick competent and, where the Fraser guidelines apply, meeting all five criteria. A
 * child's own refusal may be recorded before any judgement of competence, as their wish: that is
 * {@link ChildsRefusalJudged}'s query, not this rule. "Mental capacity includes asking for consent for children under 16 in line with Gillick
 * competence and Fraser Guidelines." Reported, with the code {@code sharing.consent-of-a-child-under-16}, at
 * {@code childBasis}.
 *
 * <p>The builder of {@link Consent} refuses a record that breaks the rule, so a built consent always
 * satisfies it; the constraint states the guidance's rule for Bean Validation (its metadata, a vendor's own
 * implementation of the type) and runs the same check as the builder.
 *
 * <p>Declared on {@link Consent} in the default group, as an error: every saved record, draft or not,
 * satisfies it.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Gaining Consent and
 * Working on a Voluntary Basis with a Family".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "sharing.consent-of-a-child-under-16", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Gaining Consent and Working on a Voluntary Basis with a Family")
@Constraint(validatedBy = ConsentOfAChildUnder16.Validator.class)
public @interface ConsentOfAChildUnder16 {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A child under 16 who gives consent for themselves needs a recorded basis, and gives"
            + " consent only if judged Gillick competent (and meeting every Fraser criterion where the guidelines apply):"
            + " consent for children under 16 is asked in line with Gillick competence and Fraser Guidelines."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Gaining Consent and Working on a Voluntary Basis with a Family'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Consent}. */
    final class Validator extends RuleValidator<ConsentOfAChildUnder16, Consent> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Consent consent, Violations violations) {
            if (SharingChecks.childUnder16Basis(consent).isPresent()) {
                violations.at("childBasis");
            }
        }
    }
}
