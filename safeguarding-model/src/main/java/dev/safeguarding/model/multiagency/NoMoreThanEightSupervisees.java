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
 * A joint agency group supervision session with nine or ten supervisees is queried: "sessions to include no
 * more than 8-10 supervisees". Reported, with the code {@code multiagency.jags-many-supervisees}, at
 * {@code session.supervisees}; more than ten are {@link NoMoreThanTenSupervisees}'s error.
 *
 * <p>Declared on {@link JointSupervisionRequest} in the {@link Complete} group, as a {@link Query}: the
 * procedure's "8-10" allows up to ten, hoping for eight.
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
@GuidanceRule(code = MultiagencyChecks.JAGS_MANY_SUPERVISEES, document = Titles.JOINT_SUPERVISION_PROCEDURE_2022,
        section = "4. Joint Agency Group Supervision Procedure")
@Constraint(validatedBy = NoMoreThanEightSupervisees.Validator.class)
public @interface NoMoreThanEightSupervisees {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nine or ten supervisees: sessions should include no more than 8-10 supervisees."
            + " Source: " + Titles.JOINT_SUPERVISION_PROCEDURE_2022
            + ", '4. Joint Agency Group Supervision Procedure'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link JointSupervisionRequest}. */
    final class Validator extends RuleValidator<NoMoreThanEightSupervisees, JointSupervisionRequest> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(JointSupervisionRequest request, Violations violations) {
            Breaches.report(MultiagencyChecks.jointSupervision(request),
                    MultiagencyChecks.JAGS_MANY_SUPERVISEES, violations);
        }
    }
}
