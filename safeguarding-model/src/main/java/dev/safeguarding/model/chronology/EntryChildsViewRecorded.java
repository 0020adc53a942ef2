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
 * An entry of a chronology at which the child was seen (an {@code INCIDENT}, an {@code INJURY} or a
 * {@code VISIT}) records the child's words or observed behaviour: "Where possible, always capture the views
 * or behaviour of the child or young person and reflect this in your recording." Reported, with the code
 * {@code chronology.childs-view-missing}, at {@code entries[i].childsView} (a finding's path
 * {@code entries/i/childsView}) for each such entry with no child's view. Entries of other kinds (a meeting,
 * a referral, a legal step) are not asked for one.
 *
 * <p>Declared on {@link Chronology} in the {@link Complete} group, as a {@link Query}: "where possible"
 * leaves room for an event at which the child's view could not be captured.
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
@GuidanceRule(code = ChronologyChecks.CHILDS_VIEW_MISSING, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Recording what we do and the decisions we take")
@Constraint(validatedBy = EntryChildsViewRecorded.Validator.class)
public @interface EntryChildsViewRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "An incident, injury or visit in a chronology records no child's words or"
            + " observed behaviour: where possible, always capture the views or behaviour of the child."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Recording what we do and the decisions we take'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link Chronology}. */
    final class Validator extends RuleValidator<EntryChildsViewRecorded, Chronology> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Chronology chronology, Violations violations) {
            Breaches.report(ChronologyChecks.chronology(chronology),
                    ChronologyChecks.CHILDS_VIEW_MISSING, violations);
        }
    }
}
