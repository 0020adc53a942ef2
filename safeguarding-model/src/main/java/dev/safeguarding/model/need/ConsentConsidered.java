package dev.safeguarding.model.need;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.sharing.ConsentStatus;
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
 * Before a threshold question is shared, consent has been sought, or the practitioner has a reason not
 * to seek it. "While it is usually good practice to seek consent for making any referral, there are
 * some exceptions": when talking to the family "would place the child, or another child, or someone
 * else, or you the referrer, at increased risk of suffering harm", or "might undermine the
 * investigation of a serious crime". The Children's Advice and Duty Service will also "need to know
 * ... whether you have informed parents / carers of your concern". Reported at {@code consent} when
 * consent is {@linkplain ConsentStatus#NOT_SOUGHT not sought} and there are no immediate concerns for
 * the child's safety (then the guidance's first step is "call 999").
 *
 * <p>Declared on {@link ThresholdQuestion} in the {@link Complete} group, as a {@link Query}: an
 * exception may apply, and only the practitioner can say so. A refusal is not a gap in the record:
 * "Refusal to give consent ... should not be seen in isolation as a reason to escalate concerns".
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information
 * Sharing" and "Section 47 Duty to Investigate".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "sharing.consent-considered", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Information Sharing")
@Constraint(validatedBy = ConsentConsidered.Validator.class)
public @interface ConsentConsidered {

    /** The message: what is missing, and the passage that asks for it. */
    String message() default "Consent has not been sought: it is usually good practice to seek it before a"
            + " referral, unless doing so would put the child or someone else at increased risk of harm or"
            + " undermine the investigation of a serious crime; record which applies. Source: "
            + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Information Sharing'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ThresholdQuestion}. */
    final class Validator extends RuleValidator<ConsentConsidered, ThresholdQuestion> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ThresholdQuestion question, Violations violations) {
            if (question.consent() == ConsentStatus.NOT_SOUGHT && !question.immediateDanger()) {
                violations.at("consent");
            }
        }
    }
}
