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
 * The assessment of an unborn child records something of the baby's voice, or the practitioner has thought
 * about it: "Not all children may be able to have their voices heard: Think about unborn babies." Reported,
 * with the code {@code assessment.unborn-voice-not-recorded}, at {@code childsVoice}.
 *
 * <p>The rules module's {@code Assessments.check} reports this rule as a query with the code of
 * {@link ChildsVoiceRecorded} ({@code assessment.child-voice-not-recorded}); Bean Validation gives each
 * constraint one code and one passage, so the unborn baby's rule has a code of its own here. Both run one
 * check, in the model.
 *
 * <p>Declared on {@link Assessment} in the {@link Complete} group, as a {@link Query}: the guidance asks
 * practitioners to think about the unborn baby, not for a record of what an unborn baby says.
 *
 * <p>Source: NSCP, <i>Norfolk Guidance to Understanding Continuum of Needs</i> (2023), "Conversation
 * Opportunities".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = "assessment.unborn-voice-not-recorded", document = Titles.CONTINUUM_OF_NEEDS_2023,
        section = "Conversation Opportunities")
@Constraint(validatedBy = UnbornBabysVoiceConsidered.Validator.class)
public @interface UnbornBabysVoiceConsidered {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "Nothing is recorded of the unborn baby's voice: not all children are able to have their"
            + " voices heard; think about unborn babies."
            + " Source: " + Titles.CONTINUUM_OF_NEEDS_2023 + ", 'Conversation Opportunities'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks an {@link Assessment}. */
    final class Validator extends RuleValidator<UnbornBabysVoiceConsidered, Assessment> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(Assessment assessment, Violations violations) {
            Breaches.report(AssessmentChecks.completeness(assessment),
                    AssessmentChecks.CHILD_VOICE_NOT_RECORDED, Severity.QUERY, violations);
        }
    }
}
