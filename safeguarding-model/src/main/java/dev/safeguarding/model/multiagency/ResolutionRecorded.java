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
 * A disagreement that is resolved records its resolution: "Clear records should be kept of disagreements and
 * resolutions reached by all parties." Reported, with the code
 * {@code multiagency.escalation-resolution-not-recorded}, at {@code resolution} when a resolution date is
 * recorded without one.
 *
 * <p>Declared on {@link ProfessionalDisagreement} in the {@link Complete} group, as a {@link Query}: the
 * resolution may be recorded elsewhere on the child's file.
 *
 * <p>The rules module's {@code Escalation.check} reports the same rule with the same code and path, with
 * the responses due under a partnership's protocol (overdue or late), which Bean Validation cannot check: it
 * has no date "as of" and no protocol. The rules module cites the protocol it runs under; this constraint,
 * the Norfolk framework.
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, "5. Resolving
 * Professional Disagreements".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.ESCALATION_RESOLUTION_NOT_RECORDED,
        document = Titles.MULTI_AGENCY_FRAMEWORK, section = "5. Resolving Professional Disagreements")
@Constraint(validatedBy = ResolutionRecorded.Validator.class)
public @interface ResolutionRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The disagreement is resolved but no resolution is recorded: clear records should be"
            + " kept of disagreements and resolutions reached by all parties."
            + " Source: " + Titles.MULTI_AGENCY_FRAMEWORK + ", '5. Resolving Professional Disagreements'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ProfessionalDisagreement}. */
    final class Validator extends RuleValidator<ResolutionRecorded, ProfessionalDisagreement> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ProfessionalDisagreement disagreement, Violations violations) {
            Breaches.report(MultiagencyChecks.disagreement(disagreement),
                    MultiagencyChecks.ESCALATION_RESOLUTION_NOT_RECORDED, violations);
        }
    }
}
