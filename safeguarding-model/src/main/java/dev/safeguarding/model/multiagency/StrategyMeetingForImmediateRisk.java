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
 * A request for joint agency group supervision for a child at immediate risk of harm is redirected to a
 * strategy discussion: "Where there are serious concerns which place a child, young person or their families at
 * immediate risk of harm a Section 47 Strategy meeting should be convened to discuss the concerns and make a plan
 * to keep the child safe." Reported, with the code {@code multiagency.jags-immediate-risk}, at
 * {@code immediateRiskOfHarm} when the request records immediate risk and is pending or agreed (a request the
 * accountable manager declined has been redirected).
 *
 * <p>Declared on {@link JointSupervisionRequest} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code JointAgencyGroupSupervision.check} reports the same rule with the same code and
 * path; both run one check, in the model.
 *
 * <p>Source: NSCP 3.16, <i>Joint Agency Group Supervision Procedure</i> (November 2022), "2. Purpose of the Joint
 * Agency Group Supervision"; NSCP 3.15, section 4, says the same.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.JAGS_IMMEDIATE_RISK,
        document = Titles.JOINT_SUPERVISION_PROCEDURE_2022, section = "2. Purpose of the Joint Agency Group Supervision")
@Constraint(validatedBy = StrategyMeetingForImmediateRisk.Validator.class)
public @interface StrategyMeetingForImmediateRisk {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The child is at immediate risk of harm: convene a Section 47 strategy meeting to discuss the concerns and make a plan to keep the child safe, instead of joint supervision."
            + " Source: " + Titles.JOINT_SUPERVISION_PROCEDURE_2022 + ", '2. Purpose of the Joint Agency Group Supervision'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link JointSupervisionRequest}. */
    final class Validator extends RuleValidator<StrategyMeetingForImmediateRisk, JointSupervisionRequest> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(JointSupervisionRequest record, Violations violations) {
            Breaches.report(MultiagencyChecks.jointSupervision(record), MultiagencyChecks.JAGS_IMMEDIATE_RISK, violations);
        }
    }
}
