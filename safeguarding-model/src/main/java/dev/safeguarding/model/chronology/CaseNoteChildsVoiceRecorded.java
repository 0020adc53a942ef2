package dev.safeguarding.model.chronology;

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
 * A case note of a visit records the child's voice: its second heading is "Observations of the child
 * (including the child's voice)", and for a baby the voice is what was observed ("Use of observation to
 * access the voice and lived experience of the child"). Reported, with the code
 * {@code case-note.childs-voice-missing}, at {@code childsVoice} when the note holds no record of the
 * child's words or observed behaviour.
 *
 * <p>Declared on {@link CaseNote} in the {@link Complete} group, as a {@link Query}.
 *
 * <p>The rules module's {@code CaseNotes.check} reports the same rule with the same code, path and source;
 * both run one check, in the model.
 *
 * <p>Source: Somerset Safeguarding Children Board, <i>Multi-Agency Practitioner Forum: Confident &amp;
 * Competent Multi-Agency Working with Children in Need</i> (2017), "Case Note Recordings".
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GuidanceRule(code = ChronologyChecks.CASE_NOTE_CHILDS_VOICE_MISSING, document = Titles.SOMERSET_PRACTITIONER_FORUM_2017,
        section = "Case Note Recordings")
@Constraint(validatedBy = CaseNoteChildsVoiceRecorded.Validator.class)
public @interface CaseNoteChildsVoiceRecorded {

    /** The message: what is missing or wrong, and the passage the rule comes from. */
    String message() default "A case note records no child's words or observed behaviour: observations of the"
            + " child include the child's voice."
            + " Source: " + Titles.SOMERSET_PRACTITIONER_FORUM_2017 + ", 'Case Note Recordings'.";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload ({@link Query} to report a query rather than an error). */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link CaseNote}. */
    final class Validator extends RuleValidator<CaseNoteChildsVoiceRecorded, CaseNote> {

        /** Made by the Bean Validation provider. */
        public Validator() {
        }

        @Override
        protected void check(CaseNote note, Violations violations) {
            Breaches.report(ChronologyChecks.caseNote(note),
                    ChronologyChecks.CASE_NOTE_CHILDS_VOICE_MISSING, violations);
        }
    }
}
