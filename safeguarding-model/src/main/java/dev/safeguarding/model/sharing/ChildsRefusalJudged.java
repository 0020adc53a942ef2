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
 * A child under 16's own refusal has a judgement of their competence beside it before it is relied on:
 * "Mental capacity includes asking for consent for children under 16 in line with Gillick competence and Fraser
 * Guidelines." The refusal itself is recorded as the child's wish even before that judgement (the builder of
 * {@link Consent} accepts it); reported, with the code {@code sharing.child-refusal-without-basis}, at
 * {@code childBasis} when a child under 16 refused for themselves and no basis is recorded.
 *
 * <p>Declared on {@link Consent} in the {@link Complete} group, as a {@link Query}. That a refusal without a
 * basis is a record to look at, not one to refuse, is the library's reading: the guidance gives no rule for a
 * refusal, and a child's "no" is their voice whether or not they are judged competent.
 *
 * <p>The rules module's {@code SharingRecords.check(Consent)} reports the same rule with the same code and path; both run one
 * check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Gaining Consent and
 * Working on a Voluntary Basis with a Family".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = SharingChecks.CHILD_REFUSAL_WITHOUT_BASIS, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Gaining Consent and Working on a Voluntary Basis with a Family")
@Constraint(validatedBy = ChildsRefusalJudged.Validator.class)
public @interface ChildsRefusalJudged {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A child under 16 refused for themselves and no judgement of their competence is"
            + " recorded: consent for children under 16 is asked in line with Gillick competence and Fraser"
            + " Guidelines." + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Gaining Consent and Working on a Voluntary Basis with a Family'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Consent}. */
    final class Validator extends RuleValidator<ChildsRefusalJudged, Consent> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Consent consent, Violations violations) {
            Breaches.report(SharingChecks.consent(consent), SharingChecks.CHILD_REFUSAL_WITHOUT_BASIS, violations);
        }
    }
}
