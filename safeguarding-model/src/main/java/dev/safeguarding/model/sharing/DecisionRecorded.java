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
 * A record of a decision to share information, or not to, holds what golden rule 7 asks for: "Keep a record
 * of your decision and the reasons for it \u2013 whether it is to share information or not. If you decide to
 * share, then record what you have shared, with whom and for what purpose"; and, for a decision to share, its
 * basis (golden rule 4: "be certain of the basis upon which you are doing so"): a consent, or reasons to
 * share without it. Reported, with the code {@code sharing.record-content-missing}, at the field that should
 * hold each content missing: {@code reasons}, {@code information}, {@code recipients}, {@code purpose} or
 * {@code consentId}.
 *
 * <p>The builder of {@link SharingDecision} refuses a record without them, so a built record always satisfies
 * the rule; the constraint states it for Bean Validation and runs the same check as the builder. What the
 * record must hold beyond golden rule 7 depends on the advice it followed (whether advice was sought; for a
 * decision not to share, the refusal respected): the rules module's
 * {@code SharingRecords.check(advice, decision)} checks that, with the same code, since the advice is not
 * part of the record.
 *
 * <p>Declared on {@link SharingDecision} in the default group, as an error: every saved record, draft or not,
 * satisfies it.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Information Sharing".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = SharingChecks.CONTENT_MISSING, document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Information Sharing")
@Constraint(validatedBy = DecisionRecorded.Validator.class)
public @interface DecisionRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Keep a record of the decision and the reasons for it, whether it is to share"
            + " information or not; if the decision is to share, record what was shared, with whom, for what purpose"
            + " and on what basis."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Information Sharing'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link SharingDecision}. */
    final class Validator extends RuleValidator<DecisionRecorded, SharingDecision> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(SharingDecision decision, Violations violations) {
            for (RecordContent missing : SharingChecks.contentsMissing(decision)) {
                violations.at(missing.field());
            }
        }
    }
}
