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
 * Where the group agreed further sessions, their dates are confirmed: "At the end of the supervision session,
 * the supervisors should agree with the group whether further sessions are required and if so future dates
 * should be confirmed with the group." Reported, with the code
 * {@code multiagency.jags-further-dates-not-confirmed}, at {@code session.furtherSessionDates}.
 *
 * <p>Declared on {@link JointSupervisionRequest} in the {@link Complete} group, as a {@link Query}: the dates
 * may still be being agreed.
 *
 * <p>The rules module's {@code JointAgencyGroupSupervision.check} reports the same rule with the same code
 * and path, with the date rules (a session overdue or late) that Bean Validation cannot check: it has no date
 * "as of".
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), "4. Joint Agency
 * Group Supervision Procedure".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.JAGS_FURTHER_DATES_NOT_CONFIRMED,
        document = Titles.JOINT_SUPERVISION_PROCEDURE_2022, section = "4. Joint Agency Group Supervision Procedure")
@Constraint(validatedBy = FurtherSessionDatesConfirmed.Validator.class)
public @interface FurtherSessionDatesConfirmed {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Further sessions were agreed: their dates should be confirmed with the group."
            + " Source: " + Titles.JOINT_SUPERVISION_PROCEDURE_2022
            + ", '4. Joint Agency Group Supervision Procedure'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link JointSupervisionRequest}. */
    final class Validator extends RuleValidator<FurtherSessionDatesConfirmed, JointSupervisionRequest> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(JointSupervisionRequest request, Violations violations) {
            Breaches.report(MultiagencyChecks.jointSupervision(request),
                    MultiagencyChecks.JAGS_FURTHER_DATES_NOT_CONFIRMED, violations);
        }
    }
}
