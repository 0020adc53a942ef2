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
 * Each stage a professional disagreement reaches records its two sides: "Stage One: Direct Professional to
 * Professional Discussion. Stage Two: Direct First Line Manager to First Line Manager. Stage Three: Senior
 * Manager to Senior Manager". Reported, with the code {@code multiagency.escalation-participants-missing}, at
 * {@code stages[i].participants} (a finding's path {@code stages/i/participants}) for each stage with fewer
 * than two participants.
 *
 * <p>Declared on {@link ProfessionalDisagreement} in the {@link Complete} group, as a {@link Query}: a
 * participant may not have been recorded, or one side may not have taken part, which is itself worth a look.
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
@GuidanceRule(code = MultiagencyChecks.ESCALATION_PARTICIPANTS_MISSING, document = Titles.MULTI_AGENCY_FRAMEWORK,
        section = "5. Resolving Professional Disagreements")
@Constraint(validatedBy = StageParticipantsRecorded.Validator.class)
public @interface StageParticipantsRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Fewer than two participants are recorded at this stage: each stage is a discussion"
            + " between the two sides."
            + " Source: " + Titles.MULTI_AGENCY_FRAMEWORK + ", '5. Resolving Professional Disagreements'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link ProfessionalDisagreement}. */
    final class Validator extends RuleValidator<StageParticipantsRecorded, ProfessionalDisagreement> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(ProfessionalDisagreement disagreement, Violations violations) {
            Breaches.report(MultiagencyChecks.disagreement(disagreement),
                    MultiagencyChecks.ESCALATION_PARTICIPANTS_MISSING, violations);
        }
    }
}
