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
import java.util.List;

/**
 * Each indicator of need of a threshold question is described in words before the question is
 * shared: a domain and a level alone do not say what the worry is. "Recording needs to be clear,
 * concise, explain the evidence"; before taking a concern further, "check that it has included all of
 * the relevant information and reflects what you are worried about". Reported at
 * {@code indicators[i].description} for each {@link NeedIndicator} without a description.
 *
 * <p>Declared on {@link ThresholdQuestion} in the {@link Complete} group, as a {@link Query}: the
 * guidance asks practitioners to check their record, and a descriptor's level and domain may be all a
 * practitioner has.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we
 * do and the decisions we take" and "Managing Challenge, Disagreement and Uncertainty".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "need.concern-described", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Recording what we do and the decisions we take")
@Constraint(validatedBy = ConcernsDescribed.Validator.class)
public @interface ConcernsDescribed {

    /** The message: what is missing, and the passage that asks for it. */
    String message() default "Describe this indicator of need in words: recording needs to be clear, concise"
            + " and explain the evidence. Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Recording what we do and the decisions we take'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ThresholdQuestion}. */
    final class Validator extends RuleValidator<ConcernsDescribed, ThresholdQuestion> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ThresholdQuestion question, Violations violations) {
            List<NeedIndicator> indicators = question.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                if (indicators.get(i).description().isEmpty()) {
                    violations.at("indicators", i, "description");
                }
            }
        }
    }
}
