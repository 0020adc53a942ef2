package dev.safeguarding.model.chronology;

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
 * Each entry of a chronology says why the event matters for the child: "Recording needs to be clear,
 * concise, explain the evidence, explain the analysis". Reported, with the code
 * {@code chronology.significance-missing}, at {@code entries[i].significance} (a finding's path
 * {@code entries/i/significance}) for each entry with no significance recorded.
 *
 * <p>Declared on {@link Chronology} in the {@link Complete} group, as a {@link Query}.
 *
 * <p>The rules module's {@code Chronologies.check} reports the same rule with the same code, path and
 * source; both run one check, in the model.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Recording what we do
 * and the decisions we take".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = ChronologyChecks.SIGNIFICANCE_MISSING, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Recording what we do and the decisions we take")
@Constraint(validatedBy = EntrySignificanceRecorded.Validator.class)
public @interface EntrySignificanceRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "An entry of a chronology does not say why it matters for the child: recording"
            + " should explain the evidence and the analysis."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Recording what we do and the decisions we take'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Chronology}. */
    final class Validator extends RuleValidator<EntrySignificanceRecorded, Chronology> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Chronology chronology, Violations violations) {
            Breaches.report(ChronologyChecks.chronology(chronology),
                    ChronologyChecks.SIGNIFICANCE_MISSING, violations);
        }
    }
}
