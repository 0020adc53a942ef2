package dev.safeguarding.model.need;

import dev.safeguarding.model.GuidanceDocument.Titles;
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
 * A threshold question says what the concern is before it is shared: at least one indicator of need,
 * a Section 47 indicator, immediate concerns for the child's safety, neglect known or suspected, early
 * help in place, or a cohort with additional needs ({@link ThresholdQuestion#isConcernRecorded()}). Known
 * or suspected neglect is a concern: the Norfolk Graded Care Profile "is mandated for using in cases where
 * neglect is known or suspected" ("Norfolk Graded Care Profile"). A question with none of these
 * may be saved as a draft, but there is nothing yet to take to the Children's Advice and Duty Service,
 * which "will ask for ... the nature of the concern". Reported at {@code indicators}.
 *
 * <p>Declared on {@link ThresholdQuestion} in the {@link Complete} group, as an error.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Section 47 Duty
 * to Investigate".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "need.concern-recorded", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Section 47 Duty to Investigate")
@Constraint(validatedBy = ConcernRecorded.Validator.class)
public @interface ConcernRecorded {

    /** The message: what is missing, and the passage that asks for it. */
    String message() default "Record the nature of the concern (an indicator of need, a Section 47 indicator,"
            + " immediate concerns for the child's safety, neglect known or suspected, early help in place or a"
            + " cohort with additional needs) before the question is shared: the Children's Advice"
            + " and Duty Service will ask for it. Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Section 47 Duty to Investigate'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ThresholdQuestion}. */
    final class Validator extends RuleValidator<ConcernRecorded, ThresholdQuestion> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ThresholdQuestion question, Violations violations) {
            if (!question.isConcernRecorded()) {
                violations.at("indicators");
            }
        }
    }
}
