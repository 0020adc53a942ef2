package dev.safeguarding.model.assessment;

import dev.safeguarding.model.GuidanceDocument.Titles;
import dev.safeguarding.model.Severity;
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
 * The assessment of a child who is born records the child's voice: their own views, or for a baby or a child
 * who cannot say, what was observed of their lived experience. "Speak to the children too and assure yourself
 * that you understand their wishes and feelings"; "Use of observation to access the voice and lived
 * experience of the child"; "For some children their behaviour is their voice." Reported, with the code
 * {@code assessment.child-voice-not-recorded}, at {@code childsVoice}. An unborn child is
 * {@link UnbornBabysVoiceConsidered}'s.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as an error.
 *
 * <p>The rules module's {@code Assessments.check} reports the same rule with the same code and path; both run
 * one check, in the model.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp;
 * Competent Multi-Agency Working with Children in Need</i> (2017), "Capturing a baby's perspective".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = AssessmentChecks.CHILD_VOICE_NOT_RECORDED, document = Titles.SOMERSET_PRACTITIONER_FORUM_2017,
        section = "Capturing a baby's perspective")
@Constraint(validatedBy = ChildsVoiceRecorded.Validator.class)
public @interface ChildsVoiceRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "The child's voice is not recorded: speak to the child and understand their wishes and"
            + " feelings, or for a baby or a child who cannot say, observe them: for some children their behaviour is"
            + " their voice."
            + " Source: " + Titles.SOMERSET_PRACTITIONER_FORUM_2017 + ", 'Capturing a baby's perspective'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<ChildsVoiceRecorded, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.CHILD_VOICE_NOT_RECORDED, Severity.ERROR, violations);
        }
    }
}
