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
 * What came out of a joint agency group supervision session reaches the child and family: "any thinking points,
 * theories or questions that come out of it will be shared with the child/parents/carers or at the next Core
 * Group, CiN meeting or Family Support Meeting"; the request of children and families "can be summarised as
 * 'nothing about us, without us'". Reported, with the code {@code multiagency.jags-family-feedback-not-recorded},
 * at {@code session.familyFeedback} when a session is held and no route of feedback is recorded.
 *
 * <p>Declared on {@link JointSupervisionRequest} in the {@link Complete} group, as a {@link Query}: the next
 * meeting may not yet have been held.
 *
 * <p>The rules module's {@code JointAgencyGroupSupervision.check} reports the same rule with the same code and
 * path; both run one check, in the model.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), "3. Principles" and
 * "2. Purpose of the Joint Agency Group Supervision".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.JAGS_FAMILY_FEEDBACK_NOT_RECORDED,
        document = Titles.JOINT_SUPERVISION_PROCEDURE_2022, section = "3. Principles")
@Constraint(validatedBy = FamilyFeedbackRecorded.Validator.class)
public @interface FamilyFeedbackRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing is recorded of how the session's thinking points were shared with the child and family ('nothing about us, without us')."
            + " Source: " + Titles.JOINT_SUPERVISION_PROCEDURE_2022 + ", '3. Principles'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link JointSupervisionRequest}. */
    final class Validator extends RuleValidator<FamilyFeedbackRecorded, JointSupervisionRequest> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(JointSupervisionRequest record, Violations violations) {
            Breaches.report(MultiagencyChecks.jointSupervision(record), MultiagencyChecks.JAGS_FAMILY_FEEDBACK_NOT_RECORDED, violations);
        }
    }
}
