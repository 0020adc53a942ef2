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
 * Each entry of a chronology says what happened: "Recording needs to be clear, concise, explain the
 * evidence, explain the analysis, and record the decisions". Reported, with the code
 * {@code chronology.summary-missing}, at {@code entries[i].summary} (a finding's path
 * {@code entries/i/summary}) for each entry with no summary.
 *
 * <p>Declared on {@link Chronology} in the {@link Complete} group, as a {@link Query}: an entry without text
 * may be saved (a research extract, a draft), and a chronology with such entries is looked at before it is
 * shared or relied on, not refused. The rule looks into the entries the chronology holds;
 * {@code ChronologyEntry} carries no constraint of its own.
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
@GuidanceRule(code = ChronologyChecks.SUMMARY_MISSING, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Recording what we do and the decisions we take")
@Constraint(validatedBy = EntriesSummarised.Validator.class)
public @interface EntriesSummarised {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "An entry of a chronology does not say what happened: record a summary of the"
            + " event."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Recording what we do and the decisions we take'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Chronology}. */
    final class Validator extends RuleValidator<EntriesSummarised, Chronology> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Chronology chronology, Violations violations) {
            Breaches.report(ChronologyChecks.chronology(chronology), ChronologyChecks.SUMMARY_MISSING, violations);
        }
    }
}
