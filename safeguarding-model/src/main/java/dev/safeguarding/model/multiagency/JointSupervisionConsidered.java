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
 * A disagreement formally escalated (Stage Two or later) records that joint agency group supervision was
 * considered first: "Consider asking for a Joint Agency Group Supervision to enable reflective conversations
 * with the professional network; this should happen outside or ahead of any formal escalation." Reported,
 * with the code {@code multiagency.escalation-joint-supervision-not-considered}, at
 * {@code jointSupervisionConsidered}.
 *
 * <p>Declared on {@link ProfessionalDisagreement} in the {@link Complete} group, as a {@link Query}: the
 * guidance says "consider".
 *
 * <p>The rules module's {@code Escalation.check} reports the same rule with the same code and path, with
 * the responses due under a partnership's protocol (overdue or late), which Bean Validation cannot check: it
 * has no date "as of" and no protocol.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Managing Challenge,
 * Disagreement and Uncertainty".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.ESCALATION_JOINT_SUPERVISION_NOT_CONSIDERED,
        document = Titles.CONTINUUM_OF_NEEDS_2023, section = "Managing Challenge, Disagreement and Uncertainty")
@Constraint(validatedBy = JointSupervisionConsidered.Validator.class)
public @interface JointSupervisionConsidered {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Formally escalated without considering joint agency group supervision, which should"
            + " happen outside or ahead of any formal escalation."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023
            + ", 'Managing Challenge, Disagreement and Uncertainty'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ProfessionalDisagreement}. */
    final class Validator extends RuleValidator<JointSupervisionConsidered, ProfessionalDisagreement> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ProfessionalDisagreement disagreement, Violations violations) {
            Breaches.report(MultiagencyChecks.disagreement(disagreement),
                    MultiagencyChecks.ESCALATION_JOINT_SUPERVISION_NOT_CONSIDERED, violations);
        }
    }
}
