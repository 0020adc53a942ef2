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
 * The participants of a joint agency group supervision session were told that the record may be disclosed:
 * "All participants of the group should be made aware before supervision starts that the content of the
 * discussions will be recorded in minutes and that the minutes will be shared in the event of a subject
 * access request being made by a parent/carer." Reported, with the code
 * {@code multiagency.jags-disclosure-not-explained}, at {@code session.participantsToldOfDisclosure}.
 *
 * <p>Declared on {@link JointSupervisionRequest} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code JointAgencyGroupSupervision.check} reports the same rule with the same code
 * and path, with the date rules (a session overdue or late) that Bean Validation cannot check: it has no date
 * "as of".
 *
 * <p>Source: NSCP 3.15, <i>Framework to Support Multi-agency Working Together in Norfolk</i>, "4. Joint
 * Agency Group Supervision".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = MultiagencyChecks.JAGS_DISCLOSURE_NOT_EXPLAINED, document = Titles.MULTI_AGENCY_FRAMEWORK,
        section = "4. Joint Agency Group Supervision")
@Constraint(validatedBy = ParticipantsToldOfDisclosure.Validator.class)
public @interface ParticipantsToldOfDisclosure {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Participants should be made aware before supervision starts that the discussion is"
            + " recorded in minutes and that the minutes will be shared if a parent or carer makes a subject access"
            + " request."
            + " Source: " + Titles.MULTI_AGENCY_FRAMEWORK + ", '4. Joint Agency Group Supervision'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link JointSupervisionRequest}. */
    final class Validator extends RuleValidator<ParticipantsToldOfDisclosure, JointSupervisionRequest> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(JointSupervisionRequest request, Violations violations) {
            Breaches.report(MultiagencyChecks.jointSupervision(request),
                    MultiagencyChecks.JAGS_DISCLOSURE_NOT_EXPLAINED, violations);
        }
    }
}
