package dev.safeguarding.model.multiagency;

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
 * The requester does not decide their own request: "Cases which are appropriate for joint supervision may be
 * identified by" a practitioner, a safeguarding supervisor or a team manager; then "The case should be discussed
 * by the accountable team manager/safeguarding supervisor and agreement reached that the case should be subject to
 * joint supervision." Reported, with the code {@code multiagency.jags-self-approved}, at
 * {@code decision.decidedBy} when the decision maker is the requester (the same practitioner identifier). That
 * identifying a case and agreeing to it are two people's steps is the library's reading of "discussed ... and
 * agreement reached".
 *
 * <p>Declared on {@link JointSupervisionRequest} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code JointAgencyGroupSupervision.check} reports the same rule with the same code and
 * path; both run one check, in the model.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), "4. Joint Agency Group
 * Supervision Procedure".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.JAGS_SELF_APPROVED,
        document = Titles.JOINT_SUPERVISION_PROCEDURE_2022, section = "4. Joint Agency Group Supervision Procedure")
@Constraint(validatedBy = DecidedByAnotherThanTheRequester.Validator.class)
public @interface DecidedByAnotherThanTheRequester {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The request was decided by the person who made it: the case should be discussed by the accountable team manager or safeguarding supervisor and agreement reached."
            + " Source: " + Titles.JOINT_SUPERVISION_PROCEDURE_2022 + ", '4. Joint Agency Group Supervision Procedure'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link JointSupervisionRequest}. */
    final class Validator extends RuleValidator<DecidedByAnotherThanTheRequester, JointSupervisionRequest> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(JointSupervisionRequest record, Violations violations) {
            Breaches.report(MultiagencyChecks.jointSupervision(record), MultiagencyChecks.JAGS_SELF_APPROVED, violations);
        }
    }
}
